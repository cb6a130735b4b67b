package io.github.disclosureauditor.report;

import io.github.disclosureauditor.model.DocumentKind;

/** Chinese names of model values for everything a person reads. */
public final class Labels {
    private Labels() {
    }

    public static String kind(DocumentKind kind) {
        return kind(kind.name());
    }

    public static String kind(String kind) {
        return switch (kind) {
            case "BUDGET" -> "预算";
            case "FINAL_ACCOUNT" -> "决算";
            default -> "未识别";
        };
    }
}
