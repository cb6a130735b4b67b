package io.github.disclosureauditor.parse.table;

import java.util.ArrayList;
import java.util.List;

/** A row being read: code parts, label pieces and values with their columns, and its lines. */
final class Draft {
    final int side;
    final List<String> codeParts = new ArrayList<>();
    final StringBuilder label = new StringBuilder();
    double labelX0 = Double.NaN;
    final List<Tok> values = new ArrayList<>();
    final List<Integer> columns = new ArrayList<>();
    final List<Boolean> uncertain = new ArrayList<>();
    final List<Integer> valueLines = new ArrayList<>();
    int firstLine;
    int lastLine;
    int page;
    /** A second classification's code and name ran on to the end of the line (its name may wrap). */
    boolean secondary;

    Draft(int side, int line, int page) {
        this.side = side;
        this.firstLine = line;
        this.lastLine = line;
        this.page = page;
    }

    String code() {
        return String.join("", codeParts);
    }

    String labelText() {
        return label.toString().replace(" ", "").replace("\u3000", "");
    }

    boolean hasValues() {
        return !values.isEmpty();
    }

    void prependLabel(String text, int line, double x0) {
        label.insert(0, text);
        firstLine = Math.min(firstLine, line);
        if (Double.isNaN(labelX0) || x0 < labelX0) {
            labelX0 = x0;
        }
    }

    void appendLabel(String text, int line, double x0) {
        label.append(text);
        lastLine = Math.max(lastLine, line);
        if (Double.isNaN(labelX0)) {
            labelX0 = x0;
        }
    }
}
