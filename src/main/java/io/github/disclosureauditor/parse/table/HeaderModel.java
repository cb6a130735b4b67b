package io.github.disclosureauditor.parse.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Header cells placed over the value columns. Header lines are read from the bottom (nearest
 * the figures) up: a run over exactly one column stacks onto it (a cell wrapped over lines:
 * "公务用车购" over "置费"); a run over several columns groups them ("公务用车购置及运行费" over
 * 小计 / 购置费 / 运行费); a run over no column, or a second run of one line over the same
 * column, names a column that printed no figure.
 */
final class HeaderModel {
    /** A column's header: its extent, its runs top to bottom, and its groups, outermost first. */
    static final class Leaf {
        /** One header run over this column: its line (top = 0), x, text, and whether it spans others too. */
        record Piece(int line, double x, String text, boolean group) {
        }

        double x0;
        double x1;
        final List<String> parts = new ArrayList<>();
        final List<String> groups = new ArrayList<>();
        final List<Piece> pieces = new ArrayList<>();
        final Set<Integer> lines = new HashSet<>();
        final int anchor;
        /** Where header runs are matched: the figures' extent for a column with figures. */
        double mx0;
        double mx1;

        Leaf(double x0, double x1) {
            this(x0, x1, -1);
        }

        Leaf(double x0, double x1, int anchor) {
            this.x0 = x0;
            this.x1 = x1;
            this.mx0 = x0;
            this.mx1 = x1;
            this.anchor = anchor;
        }

        String text() {
            return String.join("", parts);
        }

        double center() {
            return (x0 + x1) / 2;
        }

        boolean isLabel() {
            return HeaderLexicon.isLabelHeader(text());
        }

        /**
         * Texts to name the column by, innermost first: the lowest run, then it joined with
         * the run above it, and so on up to the top. Spanning runs count in their place, so a
         * cell wrapped across a column boundary ("公务用车购" / "置费") still reads whole, and
         * "小计" under "公务用车购置及运行费" reads as that item's subtotal.
         */
        List<String> innermostFirst() {
            List<String> out = new ArrayList<>();
            if (pieces.isEmpty()) {
                for (int k = parts.size() - 1; k >= 0; k--) {
                    out.add(String.join("", parts.subList(k, parts.size())));
                }
                for (int i = groups.size() - 1; i >= 0; i--) {
                    out.add(groups.get(i));
                }
                return out;
            }
            List<Piece> sorted = new ArrayList<>(pieces);
            sorted.sort(Comparator.comparingInt(Piece::line).thenComparingDouble(Piece::x));
            StringBuilder sb = new StringBuilder();
            for (int k = sorted.size() - 1; k >= 0; k--) {
                sb.insert(0, sorted.get(k).text());
                out.add(sb.toString());
            }
            for (Piece piece : sorted) {
                if (piece.group()) {
                    out.add(piece.text());
                }
            }
            return out;
        }
    }

    private HeaderModel() {
    }

    /**
     * Header leaves over the given value columns (extents left to right), from header lines
     * given top to bottom. Runs left of {@code labelRight} name the label column and are skipped.
     */
    static List<Leaf> over(List<double[]> anchors, List<List<Tok>> lines, double em, double labelRight) {
        return over(anchors, lines, em, labelRight, 1.5 * em);
    }

    /**
     * As above with the slack allowed between a header run and the column under it: about a
     * column and a half in pdftotext text, where words sit near but not over their figures; none
     * between cells, which are exact.
     */
    static List<Leaf> over(List<double[]> anchors, List<List<Tok>> lines, double em, double labelRight,
                           double pad) {
        List<Leaf> leaves = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            leaves.add(new Leaf(anchors.get(i)[0], anchors.get(i)[1], i));
        }
        for (int li = lines.size() - 1; li >= 0; li--) {
            List<Tok> toks = new ArrayList<>(lines.get(li));
            double firstValue = leaves.isEmpty() ? Double.MAX_VALUE : leaves.get(0).x0;
            toks.removeIf(t -> !t.isText() || t.center() < firstValue - pad
                    && (t.center() <= labelRight || HeaderLexicon.isLabelHeader(t.text())));
            toks.sort(Comparator.comparingDouble(Tok::width));
            List<Leaf> fresh = new ArrayList<>();
            for (Tok t : toks) {
                List<Leaf> over = new ArrayList<>();
                double best = -Double.MAX_VALUE;
                for (Leaf l : leaves) {
                    // Centred text of one cell wraps onto lines that need not overlap exactly.
                    double o = overlap(t.x0(), t.x1(), l.mx0, l.mx1);
                    if (o > -pad) {
                        over.add(l);
                        best = Math.max(best, o);
                    }
                }
                if (over.size() >= 2 && best > 0) {
                    // A run that only grazes its neighbour's column belongs to the one it covers.
                    final double top = best;
                    List<Leaf> strong = new ArrayList<>();
                    for (Leaf l : over) {
                        if (overlap(t.x0(), t.x1(), l.mx0, l.mx1) > Math.max(pad, top / 3)) {
                            strong.add(l);
                        }
                    }
                    if (!strong.isEmpty()) {
                        over = strong;
                    }
                }
                if (over.size() == 1 && t.width() >= 2.2 * (over.get(0).x1 - over.get(0).x0)) {
                    // A wide run over the middle one of several sub-headers spans them all.
                    final int line = li;
                    List<Leaf> reach = within(leaves, t, over.get(0));
                    reach.removeIf(l -> l.lines.stream().noneMatch(k -> k > line));
                    if (reach.size() >= 2 && reach.contains(over.get(0))) {
                        over = reach;
                    }
                }
                if (over.size() == 1 && over.get(0).lines.contains(li)) {
                    // Two runs of one line over one column: the farther names a column of its own.
                    Leaf l = over.get(0);
                    double mine = Math.abs(t.center() - (l.anchor >= 0 ? anchorCenter(anchors, l) : l.center()));
                    if (mine > em) {
                        over = List.of();
                    }
                }
                if (Boolean.getBoolean("auditor.debug")) {
                    System.err.printf("hdr L%d %s [%.1f,%.1f] -> %s%n", li, t.text(), t.x0(), t.x1(),
                            over.stream().map(l -> l.anchor + ":" + l.text() + "[" + l.mx0 + "," + l.mx1 + "]").toList());
                }
                if (over.isEmpty()) {
                    Leaf l = new Leaf(t.x0(), t.x1());
                    l.parts.add(t.text());
                    l.pieces.add(new Leaf.Piece(li, t.x0(), t.text(), false));
                    l.lines.add(li);
                    fresh.add(l);
                } else if (over.size() == 1) {
                    Leaf l = over.get(0);
                    l.parts.add(0, t.text());
                    l.pieces.add(new Leaf.Piece(li, t.x0(), t.text(), false));
                    l.lines.add(li);
                    l.x0 = Math.min(l.x0, t.x0());
                    l.x1 = Math.max(l.x1, t.x1());
                    if (l.anchor < 0) {
                        l.mx0 = l.x0;
                        l.mx1 = l.x1;
                    }
                } else {
                    for (Leaf l : over) {
                        l.groups.add(0, t.text());
                        l.pieces.add(new Leaf.Piece(li, t.x0(), t.text(), true));
                    }
                }
            }
            leaves.addAll(fresh);
            leaves.sort(Comparator.comparingDouble(Leaf::center));
        }
        return leaves;
    }

    private static double anchorCenter(List<double[]> anchors, Leaf l) {
        double[] a = anchors.get(l.anchor);
        return (a[0] + a[1]) / 2;
    }

    /** Leaves whose centres lie within a wide run's reach. */
    private static List<Leaf> within(List<Leaf> leaves, Tok t, Leaf touched) {
        double reach = 0.75 * t.width() + 0.5 * (touched.x1 - touched.x0);
        List<Leaf> out = new ArrayList<>();
        for (Leaf l : leaves) {
            if (Math.abs(l.center() - t.center()) <= reach) {
                out.add(l);
            }
        }
        return out;
    }

    static double overlap(double a0, double a1, double b0, double b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }
}
