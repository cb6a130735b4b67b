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
    /**
     * Where each value stood: for tab-separated lines its cell index (≥ 0); for space-separated
     * lines {@code -1 - endColumn}, the character column where the number ends.
     */
    final List<Integer> cells = new ArrayList<>();
    /** For space-separated lines: the display column (CJK counted double) where each value ends. */
    final List<Integer> displayEnds = new ArrayList<>();
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
