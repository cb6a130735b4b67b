package io.github.disclosureauditor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of rules/CATALOG.md, and how the loaded rules disagree with them. A rule added at run
 * time without its row (or whose severity, category or title differ from it) still runs, but is
 * reported, so the catalog an auditor reads stays the one that is in force.
 */
public record RuleCatalog(Map<String, Row> rows, boolean found) {
    /** One catalog row: id, severity, category, title, what it checks. */
    public record Row(String id, String severity, String category, String title, String description) {
    }

    public RuleCatalog {
        rows = Map.copyOf(rows);
    }

    public static RuleCatalog read(Path rulesDirectory) {
        Path file = rulesDirectory.resolve("CATALOG.md");
        Map<String, Row> rows = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return new RuleCatalog(rows, false);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("| ") || line.startsWith("| 编号") || line.startsWith("|---") || !line.endsWith("|")) {
                    continue;
                }
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                if (cells.length < 5) {
                    continue;
                }
                rows.put(cells[0].trim(), new Row(cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim(),
                        cells[4].trim()));
            }
        } catch (IOException e) {
            return new RuleCatalog(rows, false);
        }
        return new RuleCatalog(rows, true);
    }

    /** What differs between the loaded rules and the catalog, in Chinese, one line each. */
    public List<String> problems(List<RuleInfo> rules) {
        List<String> out = new ArrayList<>();
        if (!found) {
            out.add("规则目录中没有 CATALOG.md");
            return out;
        }
        for (RuleInfo r : rules) {
            Row row = rows.get(r.id());
            if (row == null) {
                out.add(r.id() + "（" + r.file() + "）未在 CATALOG.md 中登记");
                continue;
            }
            if (!row.severity().equals(r.severity())) {
                out.add(r.id() + " 的严重程度为 " + r.severity() + "，CATALOG.md 记为 " + row.severity());
            }
            if (!row.category().equals(r.category())) {
                out.add(r.id() + " 的类别为 " + r.category() + "，CATALOG.md 记为 " + row.category());
            }
            if (!row.title().equals(r.title())) {
                out.add(r.id() + " 的标题为“" + r.title() + "”，CATALOG.md 记为“" + row.title() + "”");
            }
        }
        for (String id : rows.keySet()) {
            if (rules.stream().noneMatch(r -> r.id().equals(id))) {
                out.add(id + " 在 CATALOG.md 中登记，但没有这条规则");
            }
        }
        return out;
    }
}
