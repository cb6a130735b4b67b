package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.ParseProblem;

import java.util.ArrayList;
import java.util.List;

/** Parse problems, capped: a pathological input cannot grow the list without bound. */
public final class ProblemLog {
    static final int CAP = 100;
    private final List<ParseProblem> list = new ArrayList<>();
    private int dropped;

    public void add(int line, String code, String message) {
        if (list.size() < CAP) {
            list.add(new ParseProblem(line, code, message));
        } else {
            dropped++;
        }
    }

    /** The problems, with a closing note when some were dropped. */
    public List<ParseProblem> all() {
        List<ParseProblem> out = new ArrayList<>(list);
        if (dropped > 0) {
            out.add(new ParseProblem(0, "PROBLEMS_TRUNCATED", "另有 " + dropped + " 条解析问题未列出"));
        }
        return out;
    }
}
