package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.facts.KeyAlias;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * rules/aliases.csv: which table figures a subject named in the narrative (or in another table)
 * may be compared with, beyond its own key. It is policy kept as a list an auditor can read and
 * edit; it is read with the DRL files, so a broken line fails the build like a broken rule.
 *
 * <p>Format: a header line, then {@code 说明或表格用语,表格项目,说明}; blank lines and lines
 * starting with {@code #} are ignored.
 */
public final class AliasTable {
    public static final String FILE = "aliases.csv";
    private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9_]*(:[A-Z0-9_]+)?");

    /** The aliases read, and what could not be read (file and line). */
    public record Read(List<KeyAlias> aliases, List<RuleError> errors) {
        public Read {
            aliases = List.copyOf(aliases);
            errors = List.copyOf(errors);
        }
    }

    private AliasTable() {
    }

    public static Read read(Path rulesDirectory) {
        Path file = rulesDirectory.resolve(FILE);
        List<KeyAlias> out = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new Read(out, errors);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(new RuleError(FILE, 0, "无法读取：" + e.getMessage()));
            return new Read(out, errors);
        }
        Set<KeyAlias> seen = new LinkedHashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", 3);
            if (cells.length < 2) {
                errors.add(new RuleError(FILE, i + 1, "每行至少需要两列：说明用语,表格项目"));
                continue;
            }
            String from = cells[0].strip();
            String to = cells[1].strip();
            if (!KEY.matcher(from).matches() || !KEY.matcher(to).matches()) {
                errors.add(new RuleError(FILE, i + 1, "项目名应为大写英文代号（如 EXPENSE、3P:RECEPTION、ECON:30217）："
                        + from + "," + to));
                continue;
            }
            if (seen.add(new KeyAlias(from, to))) {
                out.add(new KeyAlias(from, to));
            }
        }
        return new Read(out, errors);
    }
}
