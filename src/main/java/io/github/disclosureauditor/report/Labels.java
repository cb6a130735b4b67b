package io.github.disclosureauditor.report;

import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.model.DocumentKind;

/** Chinese names of model values for everything a person reads. */
public final class Labels {
    private Labels() {
    }

    /** 高/中/低/提示, as on the review page. */
    public static String severity(Severity s) {
        return switch (s) {
            case HIGH -> "高";
            case MEDIUM -> "中";
            case LOW -> "低";
            case INFO -> "提示";
        };
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
