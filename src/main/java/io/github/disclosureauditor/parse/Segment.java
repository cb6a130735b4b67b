package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.Row;

import java.util.ArrayList;
import java.util.List;

/** A label with the codes before it and the numbers after it, as read from one line. */
final class Segment {
    String code = "";
    Row.CodeKind codeKind = Row.CodeKind.NONE;
    String secondaryCode = "";
    final StringBuilder label = new StringBuilder();
    final List<String> values = new ArrayList<>();
    /** For tab-separated lines: the cell index of each value. */
    final List<Integer> cells = new ArrayList<>();
    boolean inSecondaryLabel;
    /** For tab-separated lines: the cell index of the label, else -1. */
    int labelCell = -1;

    boolean isEmpty() {
        return code.isEmpty() && label.length() == 0 && values.isEmpty();
    }

    String labelText() {
        return label.toString().replace(" ", "");
    }
}
