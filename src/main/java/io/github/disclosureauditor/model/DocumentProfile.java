package io.github.disclosureauditor.model;

/**
 * What kind of document this is: budget or final account, a department's (部门, consolidating
 * its units) or one unit's (单位), the template it follows, and the unit type where the text
 * states it (行政单位, 参照公务员法管理事业单位, 事业单位); {@code why} says what decided the template.
 */
public record DocumentProfile(DocumentKind kind, Level level, Template template, String unitType, String why) {
    /** 部门 (department, consolidated) or 单位 (one budget unit). */
    public enum Level { DEPARTMENT, UNIT, UNKNOWN }

    public DocumentProfile {
        unitType = unitType == null ? "" : unitType;
        why = why == null ? "" : why;
    }
}
