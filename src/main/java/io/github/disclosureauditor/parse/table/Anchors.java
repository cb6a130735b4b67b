package io.github.disclosureauditor.parse.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Value columns found from where the values stand. Values whose extents overlap belong to one
 * column (right-aligned numbers share their right edge, centred ones their middle); a cluster
 * holding two values of one line is two columns and is split at its widest gaps. A value that
 * sits alone between columns (a row pushed right by a long label) is moved to the nearest
 * column that keeps the line's order.
 */
final class Anchors {
    /** A placed value: the token and the line it came from. */
    record Placed(Tok tok, int line) {
    }

    /** A column's extent and how many values it holds. */
    record Anchor(double x0, double x1, int support) {
        double center() {
            return (x0 + x1) / 2;
        }
    }

    final List<Anchor> anchors;
    private final Map<Placed, Integer> columnOf;

    private Anchors(List<Anchor> anchors, Map<Placed, Integer> columnOf) {
        this.anchors = anchors;
        this.columnOf = columnOf;
    }

    /** Index of the anchor a value was placed in. */
    int of(Placed p) {
        Integer c = columnOf.get(p);
        return c == null ? -1 : c;
    }

    static Anchors find(List<Placed> values, double em, int dataLines) {
        List<List<Placed>> clusters = cluster(values, em);
        List<List<Placed>> split = new ArrayList<>();
        for (List<Placed> c : clusters) {
            split.addAll(splitConflicts(c));
        }
        split.sort(Comparator.comparingDouble(Anchors::left));
        absorbStrays(split, dataLines);
        List<Anchor> anchors = new ArrayList<>();
        Map<Placed, Integer> columnOf = new HashMap<>();
        for (List<Placed> c : split) {
            if (c.isEmpty()) {
                continue;
            }
            double x0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            for (Placed p : c) {
                x0 = Math.min(x0, p.tok().x0());
                x1 = Math.max(x1, p.tok().x1());
                columnOf.put(p, anchors.size());
            }
            anchors.add(new Anchor(x0, x1, c.size()));
        }
        return new Anchors(anchors, columnOf);
    }

    private static double left(List<Placed> c) {
        return c.isEmpty() ? Double.MAX_VALUE : median(c);
    }

    private static double median(List<Placed> c) {
        double[] xs = new double[c.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = c.get(i).tok().x1();
        }
        java.util.Arrays.sort(xs);
        return xs[xs.length / 2];
    }

    /** Connected groups of overlapping extents (a sweep over values sorted by left edge). */
    private static List<List<Placed>> cluster(List<Placed> values, double em) {
        List<Placed> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingDouble(p -> p.tok().x0()));
        List<List<Placed>> out = new ArrayList<>();
        List<Placed> cur = new ArrayList<>();
        double reach = -Double.MAX_VALUE;
        double pad = 0.05 * em;
        for (Placed p : sorted) {
            if (!cur.isEmpty() && p.tok().x0() >= reach - pad) {
                out.add(cur);
                cur = new ArrayList<>();
                reach = -Double.MAX_VALUE;
            }
            cur.add(p);
            reach = Math.max(reach, p.tok().x1());
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** Splits a cluster that holds several values of one line into that many columns. */
    private static List<List<Placed>> splitConflicts(List<Placed> c) {
        Map<Integer, Integer> perLine = new HashMap<>();
        int k = 1;
        for (Placed p : c) {
            k = Math.max(k, perLine.merge(p.line(), 1, Integer::sum));
        }
        if (k == 1) {
            return List.of(c);
        }
        List<Placed> sorted = new ArrayList<>(c);
        sorted.sort(Comparator.comparingDouble(p -> p.tok().x1()));
        // Cut at the k-1 widest gaps between consecutive right edges.
        List<Integer> cuts = new ArrayList<>();
        List<double[]> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            gaps.add(new double[]{sorted.get(i).tok().x1() - sorted.get(i - 1).tok().x1(), i});
        }
        gaps.sort((a, b) -> Double.compare(b[0], a[0]));
        for (int i = 0; i < k - 1 && i < gaps.size(); i++) {
            cuts.add((int) gaps.get(i)[1]);
        }
        cuts.sort(Integer::compare);
        List<List<Placed>> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            out.add(new ArrayList<>(sorted.subList(from, cut)));
            from = cut;
        }
        out.add(new ArrayList<>(sorted.subList(from, sorted.size())));
        return out;
    }

    /**
     * In a table of many rows a column holding one or two values is usually a row pushed
     * sideways; its values join the nearest column that has no value of that line, if the
     * line's values stay in order.
     */
    private static void absorbStrays(List<List<Placed>> clusters, int dataLines) {
        if (dataLines < 6 || clusters.size() < 2) {
            return;
        }
        int strong = Math.max(3, dataLines / 8);
        for (int i = 0; i < clusters.size(); i++) {
            List<Placed> c = clusters.get(i);
            if (c.isEmpty() || c.size() > 2) {
                continue;
            }
            boolean movedAll = true;
            for (Placed p : new ArrayList<>(c)) {
                int target = nearestFree(clusters, i, p, strong);
                if (target < 0) {
                    movedAll = false;
                    continue;
                }
                clusters.get(target).add(p);
                c.remove(p);
            }
            if (movedAll) {
                c.clear();
            }
        }
    }

    private static int nearestFree(List<List<Placed>> clusters, int from, Placed p, int strong) {
        int best = -1;
        double bestDist = Double.MAX_VALUE;
        for (int j = 0; j < clusters.size(); j++) {
            List<Placed> c = clusters.get(j);
            if (j == from || c.size() < strong || has(c, p.line())) {
                continue;
            }
            if (!orderKept(clusters, from, j, p)) {
                continue;
            }
            double d = Math.abs(median(c) - p.tok().x1());
            if (d < bestDist) {
                bestDist = d;
                best = j;
            }
        }
        // Only a near neighbour: a value far from every column is a column of its own.
        if (best >= 0 && Math.abs(best - from) > 1) {
            return -1;
        }
        return best;
    }

    private static boolean has(List<Placed> c, int line) {
        for (Placed q : c) {
            if (q.line() == line) {
                return true;
            }
        }
        return false;
    }

    /** Moving p from cluster {@code from} to {@code to} keeps its line's values in x order. */
    private static boolean orderKept(List<List<Placed>> clusters, int from, int to, Placed p) {
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        for (int j = lo; j <= hi; j++) {
            if (j == from) {
                continue;
            }
            for (Placed q : clusters.get(j)) {
                if (q.line() == p.line() && q != p && j != to) {
                    return false;
                }
            }
        }
        return true;
    }
}
