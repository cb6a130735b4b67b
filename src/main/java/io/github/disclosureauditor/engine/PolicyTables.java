package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.facts.KeyAlias;
import io.github.disclosureauditor.facts.ScopeMatch;
import io.github.disclosureauditor.facts.TableIdentity;
import io.github.disclosureauditor.model.FundScope;
import io.github.disclosureauditor.vocabulary.TableScope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the policy lists kept as CSV beside the DRL files (see rules/README.md). They are read
 * with the rules, so a broken line fails the build with its file and line, like a broken rule.
 *
 * <p>Each file: a header line, then one row per line; blank lines and lines starting with
 * {@code #} are ignored; a file that is absent is an empty list.
 */
public final class PolicyTables {
    public static final String ALIASES = "aliases.csv";
    public static final String IDENTITIES = "identities.csv";
    public static final String CLAIM_SCOPES = "claim_scopes.csv";
    private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9_]*(:[A-Z0-9_]+)?");
    private static final Pattern ITEMS = Pattern.compile("\\*|[A-Z0-9][A-Z0-9_]*:\\*|" + KEY.pattern());
    private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9]+-\\d{3}");

    /** What was read, and what could not be (file and line). */
    public record Read(PolicyFacts policy, List<RuleError> errors) {
        public Read {
            errors = List.copyOf(errors);
        }
    }

    private interface RowReader {
        /** Reads one row; returns an error message, or null when the row is good. */
        String read(String[] cells, int line);
    }

    private PolicyTables() {
    }

    /**
     * Reads the three lists. {@code ruleIds} are the ids of the compiled rules, which an
     * identity row must name.
     */
    public static Read read(Path rulesDirectory, Set<String> ruleIds) {
        List<RuleError> errors = new ArrayList<>();
        Set<KeyAlias> aliases = new LinkedHashSet<>();
        rows(rulesDirectory, ALIASES, 2, errors, (c, line) -> {
            if (!KEY.matcher(c[0]).matches() || !KEY.matcher(c[1]).matches()) {
                return "项目名应为大写英文代号（如 EXPENSE、3P:RECEPTION、ECON:30217）：" + c[0] + "," + c[1];
            }
            aliases.add(new KeyAlias(c[0], c[1]));
            return null;
        });
        Set<TableIdentity> identities = new LinkedHashSet<>();
        rows(rulesDirectory, IDENTITIES, 6, errors, (c, line) -> {
            if (!ITEMS.matcher(c[0]).matches()) {
                return "项目应为代号（EXPENSE、FUNC:201）、前缀加 *（ECON:*）或 *：" + c[0];
            }
            String scopeError = tableScope(c[1]) + tableScope(c[2]);
            if (!scopeError.isEmpty()) {
                return scopeError;
            }
            TableIdentity.Relation relation = switch (c[3]) {
                case "=" -> TableIdentity.Relation.EQUAL;
                case "≤", "<=" -> TableIdentity.Relation.NOT_ABOVE;
                default -> null;
            };
            if (relation == null) {
                return "关系应为 =（相等）或 ≤（甲不大于乙）：" + c[3];
            }
            Boolean singleFund = condition(c[4]);
            if (singleFund == null) {
                return "条件应为“总是”或“单一资金”：" + c[4];
            }
            if (!RULE_ID.matcher(c[5]).matches() || !ruleIds.contains(c[5])) {
                return "没有编号为 " + c[5] + " 的规则";
            }
            identities.add(new TableIdentity(c[0], c[1], c[2], relation, singleFund, c[5], line));
            return null;
        });
        // One row per pair of scopes; where two rows name the same pair, the wider condition holds.
        java.util.Map<String, ScopeMatch> scopes = new java.util.LinkedHashMap<>();
        rows(rulesDirectory, CLAIM_SCOPES, 3, errors, (c, line) -> {
            List<FundScope> claims = c[0].equals("*") ? Arrays.asList(FundScope.values())
                    : Arrays.stream(FundScope.values()).filter(f -> f.name().equals(c[0])).toList();
            if (claims.isEmpty()) {
                return "说明口径应为 " + Arrays.toString(FundScope.values()) + " 之一或 *：" + c[0];
            }
            String scopeError = tableScope(c[1]);
            if (!scopeError.isEmpty()) {
                return scopeError;
            }
            Boolean singleFund = condition(c[2]);
            if (singleFund == null) {
                return "条件应为“总是”或“单一资金”：" + c[2];
            }
            for (FundScope f : claims) {
                scopes.merge(f + "|" + c[1], new ScopeMatch(f, c[1], singleFund, line),
                        (old, now) -> old.singleFundOnly() && !now.singleFundOnly() ? now : old);
            }
            return null;
        });
        return new Read(new PolicyFacts(List.copyOf(aliases), List.copyOf(identities), List.copyOf(scopes.values())), errors);
    }

    private static String tableScope(String name) {
        return TableScope.of(name).isPresent() ? ""
                : "未知的表格口径 " + name + "（可用：" + Arrays.toString(TableScope.values()) + "）";
    }

    private static Boolean condition(String text) {
        return switch (text) {
            case "总是" -> Boolean.FALSE;
            case "单一资金" -> Boolean.TRUE;
            default -> null;
        };
    }

    private static void rows(Path dir, String name, int columns, List<RuleError> errors, RowReader reader) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(new RuleError(name, 0, "无法读取：" + e.getMessage()));
            return;
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", columns + 1);
            if (cells.length < columns) {
                errors.add(new RuleError(name, i + 1, "每行至少需要 " + columns + " 列，见第 1 行的表头"));
                continue;
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            String problem = reader.read(cells, i + 1);
            if (problem != null) {
                errors.add(new RuleError(name, i + 1, problem));
            }
        }
    }
}
