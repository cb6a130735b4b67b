package io.github.disclosureauditor.finding;

import io.github.disclosureauditor.ingest.DecodedText;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rules' only output channel (DRL global {@code findings}). A rule names itself, the
 * severity the discrepancy deserves (never above the rule's own {@code @severity}), a message,
 * stated and expected values and the lines involved. Reports of one rule with the same key are
 * merged, so a contradiction stated twice becomes one finding citing both places.
 */
public final class FindingCollector {
    public static final int MAX_FINDINGS = 1000;

    private final DecodedText text;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final Map<String, String> ruleErrors = new LinkedHashMap<>();

    public FindingCollector(DecodedText text) {
        this.text = text;
    }

    public Builder of(Rule rule) {
        return new Builder(rule);
    }

    /** Records that a rule's consequence threw; the first error per rule is kept. */
    public synchronized void ruleFailed(String rule, Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        ruleErrors.putIfAbsent(rule, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    private synchronized void templateProblem(String rule, String problem) {
        ruleErrors.putIfAbsent(rule, problem);
    }

    /** Rule name → error, for rules whose consequence failed during this audit. */
    public synchronized Map<String, String> ruleErrors() {
        return Map.copyOf(ruleErrors);
    }

    public synchronized List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Pending p : pending.values()) {
            List<Evidence> evidence = new ArrayList<>();
            int[] range = null;
            for (int line : p.lines) {
                if (range != null && line == range[1] + 1) {
                    range[1] = line;
                    continue;
                }
                if (range != null) {
                    evidence.add(evidence(range));
                }
                range = new int[]{line, line};
            }
            if (range != null) {
                evidence.add(evidence(range));
            }
            out.add(new Finding(0, p.ruleId, p.category, p.severity, p.title, p.message, p.expected, p.actual,
                    evidence, p.magnitude));
        }
        return out;
    }

    private Evidence evidence(int[] range) {
        StringBuilder sb = new StringBuilder();
        for (int l = range[0]; l <= range[1]; l++) {
            String s = text.originalLine(l).strip();
            if (!s.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(s);
            }
        }
        return new Evidence(range[0], range[1], text.pageOf(range[0]), sb.toString(), box(range));
    }

    /** The union of the lines' boxes on the first line's page, when the source had geometry. */
    private Evidence.Box box(int[] range) {
        int page = text.pageOf(range[0]);
        double x0 = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int l = range[0]; l <= range[1]; l++) {
            io.github.disclosureauditor.ingest.LineLayout layout = text.layout(l - 1);
            if (layout == null || !layout.hasBox() || text.pageOf(l) != page
                    || layout.unit() != io.github.disclosureauditor.ingest.LineLayout.Unit.POINTS) {
                continue;
            }
            x0 = Math.min(x0, layout.x0());
            top = Math.min(top, layout.top());
            x1 = Math.max(x1, layout.x1());
            bottom = Math.max(bottom, layout.bottom());
        }
        return bottom > top ? new Evidence.Box(round(x0), round(top), round(x1), round(bottom)) : null;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private synchronized void add(Pending p) {
        String key = p.ruleId + "|" + (p.key == null ? p.message : p.key);
        Pending existing = pending.get(key);
        if (existing != null) {
            existing.lines.addAll(p.lines);
            return;
        }
        if (pending.size() < MAX_FINDINGS) {
            pending.put(key, p);
        }
    }

    private static final class Pending {
        String ruleId;
        Category category;
        Severity severity;
        String title;
        String message;
        String expected = "";
        String actual = "";
        double magnitude;
        String key;
        final TreeSet<Integer> lines = new TreeSet<>();
    }

    /** Fluent report used from DRL consequences. */
    public final class Builder {
        private final Pending p = new Pending();
        private final Severity ceiling;
        private final String template;
        private final Map<String, String> values = new LinkedHashMap<>();
        private boolean messageSet;

        Builder(Rule rule) {
            Map<String, Object> meta = rule.getMetaData();
            p.ruleId = String.valueOf(meta.getOrDefault("id", rule.getName()));
            p.title = String.valueOf(meta.getOrDefault("title", rule.getName()));
            p.category = Category.valueOf(String.valueOf(meta.get("category")));
            ceiling = Severity.parse(String.valueOf(meta.get("severity")));
            p.severity = ceiling;
            p.message = p.title;
            Object m = meta.get("message");
            template = m == null ? null : String.valueOf(m);
        }

        /**
         * A value for the rule's {@code @message} template: "{name}" in the template becomes it.
         * {expected} and {actual} are always available.
         */
        public Builder with(String name, Object value) {
            values.put(name, String.valueOf(value));
            return this;
        }

        public Builder severity(Severity s) {
            p.severity = Severity.milder(ceiling, s);
            return this;
        }

        public Builder message(String m) {
            p.message = m;
            messageSet = true;
            return this;
        }

        public Builder expected(String e) {
            p.expected = e == null ? "" : e;
            return this;
        }

        public Builder actual(String a) {
            p.actual = a == null ? "" : a;
            return this;
        }

        public Builder magnitude(double m) {
            p.magnitude = Double.isFinite(m) ? m : 1;
            return this;
        }

        public Builder key(String k) {
            p.key = k;
            return this;
        }

        public Builder line(int line) {
            if (line > 0) {
                p.lines.add(line);
            }
            return this;
        }

        public Builder span(int from, int to) {
            for (int l = Math.max(1, from); l <= to && l < from + 50; l++) {
                p.lines.add(l);
            }
            return this;
        }

        public Builder lines(java.util.Collection<Integer> lines) {
            for (Integer l : lines) {
                line(l);
            }
            return this;
        }

        public void add() {
            if (template != null && !messageSet) {
                p.message = render();
            }
            FindingCollector.this.add(p);
        }

        private String render() {
            Map<String, String> all = new LinkedHashMap<>(values);
            all.putIfAbsent("expected", p.expected);
            all.putIfAbsent("actual", p.actual);
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                int close = open < 0 ? -1 : template.indexOf('}', open);
                if (open < 0 || close < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                out.append(template, i, open);
                String name = template.substring(open + 1, close);
                String value = all.get(name);
                if (value == null) {
                    // A template naming a value the rule does not give: shown as written, reported.
                    templateProblem(p.ruleId, "消息模板中的 {" + name + "} 没有对应的值");
                    out.append('{').append(name).append('}');
                } else {
                    out.append(value);
                }
                i = close + 1;
            }
            return out.toString();
        }
    }
}
