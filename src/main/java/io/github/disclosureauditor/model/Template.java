package io.github.disclosureauditor.model;

/**
 * Which publication template a document follows; completeness is judged against it. A 三公
 * page or an excerpt of a page is not "missing" the tables of a full disclosure.
 */
public enum Template {
    LOCAL_BUDGET("地方部门（单位）预算"),
    LOCAL_FINAL("地方部门（单位）决算"),
    CENTRAL_DEPARTMENT("中央部门"),
    UNIVERSITY("教育部直属高校"),
    THREE_PUBLIC_PAGE("“三公”经费专页"),
    EXCERPT("页面摘录"),
    NARRATIVE_ONLY("仅文字说明");

    private final String label;

    Template(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
