package io.github.disclosureauditor.facts;

import java.util.List;

/** Projects listed in the tables: rows of the 项目支出表(s), or the number of 绩效自评表. */
public record ProjectList(String source, int count, int line, List<Integer> lines) {
    public ProjectList {
        lines = List.copyOf(lines);
    }
}
