package io.github.disclosureauditor.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "--name value" options followed by positional arguments. */
record Options(Map<String, String> values, List<String> positional) {
    static final class UsageException extends Exception {
        UsageException(String m) {
            super(m);
        }
    }

    static Options parse(String[] args, String... allowed) throws UsageException {
        Set<String> names = Set.of(allowed);
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!names.contains(name)) {
                    throw new UsageException("未知选项：--" + name);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("选项 --" + name + " 缺少取值");
                    }
                    value = args[++i];
                }
                values.put(name, value);
            } else {
                positional.add(a);
            }
        }
        return new Options(values, positional);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
