package io.github.disclosureauditor.store;

/** A reviewer's decision on a finding. */
public enum Verdict {
    /** 确认: a real problem. */
    CONFIRMED("确认"),
    /** 误报: not a problem (a false alarm of the rule). */
    DISMISSED("误报"),
    /** 待定: not decided yet. */
    PENDING("待定");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By code (CONFIRMED) or by its Chinese name (确认); null when neither. */
    public static Verdict parse(String s) {
        if (s == null) {
            return null;
        }
        for (Verdict v : values()) {
            if (v.name().equalsIgnoreCase(s.strip()) || v.label.equals(s.strip())) {
                return v;
            }
        }
        return null;
    }
}
