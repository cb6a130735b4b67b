package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.engine.RuleError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points build errors at the line an author has to change. Drools reports a compile error in a
 * rule's consequence at the rule's first line, a metadata problem at no line, and after a parse
 * error or a broken function adds errors that only repeat it; this finds the line from the rule
 * sources and drops the echoes.
 */
final class SourceLines {
    /** Identifiers a javac-style message names: "The method labelz() is undefined", "x cannot be resolved". */
    private static final Pattern NAMED = Pattern.compile(
            "(?:The method|The field|method|field) ([A-Za-z_$][\\w$]*)\\(?|([A-Za-z_$][\\w$.]*) cannot be resolved");

    private final Map<String, String> sources;

    SourceLines(Map<String, String> sources) {
        this.sources = sources;
    }

    /** 1-based line of the declaration {@code rule "name"} in its file, or 0. */
    int ruleLine(String file, String ruleName) {
        String src = sources.get(file);
        if (src == null) {
            return 0;
        }
        int at = src.indexOf("rule \"" + ruleName + "\"");
        return at < 0 ? 0 : lineOf(src, at);
    }

    /** Line of {@code @key(} within the rule's header, else the rule's line. */
    int metadataLine(String file, String ruleName, String key) {
        int start = ruleLine(file, ruleName);
        String src = sources.get(file);
        if (start == 0 || src == null) {
            return start;
        }
        String[] lines = src.split("\n", -1);
        for (int i = start - 1; i < lines.length && !lines[i].strip().equals("when"); i++) {
            if (lines[i].contains("@" + key + "(")) {
                return i + 1;
            }
        }
        return start;
    }

    /** The errors of a failed build, each at the best line known, without the echoes. */
    List<RuleError> refine(List<RuleError> raw) {
        boolean functionBroken = raw.stream().anyMatch(e -> e.message().contains("function "));
        List<RuleError> out = new ArrayList<>();
        for (RuleError e : raw) {
            if (e.message().contains("Parser returned a null Package")
                    && raw.stream().anyMatch(o -> o != e && o.file().equals(e.file()))) {
                continue;
            }
            if (functionBroken && e.message().matches("(?s).*The import disclosure\\.rules\\.\\w+ cannot be resolved.*")) {
                continue;
            }
            out.add(new RuleError(e.file(), consequenceLine(e), e.message()));
        }
        return out;
    }

    /**
     * For an error Drools placed on a rule's first line, the first line of that rule (up to its
     * {@code end}) that contains the identifier the message names.
     */
    private int consequenceLine(RuleError e) {
        String src = sources.get(e.file());
        if (src == null || e.line() <= 0) {
            return e.line();
        }
        String[] lines = src.split("\n", -1);
        if (e.line() > lines.length || !lines[e.line() - 1].strip().startsWith("rule ")) {
            return e.line();
        }
        Matcher m = NAMED.matcher(e.message());
        if (!m.find()) {
            return e.line();
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        for (int i = e.line(); i < lines.length && !lines[i].strip().equals("end"); i++) {
            if (lines[i].matches(".*\\b" + Pattern.quote(name) + "\\b.*")) {
                return i + 1;
            }
        }
        return e.line();
    }

    private static int lineOf(String src, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
