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

    /** Category names as on the review page. */
    public static String category(String category) {
        return switch (category) {
            case "TOTAL_MISMATCH" -> "合计不符";
            case "CROSS_TABLE_MISMATCH" -> "跨表不一致";
            case "NARRATIVE_MISMATCH" -> "说明与表格不符";
            case "PERCENT_MISMATCH" -> "百分比不符";
            case "PERCENT_SUM" -> "占比合计";
            case "GROWTH_MISMATCH" -> "增减幅度不符";
            case "THREE_PUBLIC" -> "三公经费";
            case "PERFORMANCE" -> "绩效";
            case "COUNT_MISMATCH" -> "数量不符";
            case "COMPLETENESS" -> "完整性";
            case "POLICY" -> "政策";
            case "ROUNDING" -> "尾差";
            case "READING" -> "读取";
            case "CROSS_DOCUMENT" -> "跨文档";
            default -> category;
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
