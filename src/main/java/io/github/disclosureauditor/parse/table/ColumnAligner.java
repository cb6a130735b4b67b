package io.github.disclosureauditor.parse.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a row's numbers in the columns of a schema. When cells vanished (PDF text) every
 * order-preserving placement is tried and the ones that satisfy the schema's identities within
 * rounding are kept; a number whose column differs between surviving placements is ambiguous.
 */
final class ColumnAligner {
    /** Result: column index per value (-1 unknown), ambiguity per value, and whether any placement fit. */
    record Placement(int[] columns, boolean[] ambiguous, boolean fits) {
    }

    private static final int MAX_COMBINATIONS = 5000;

    private ColumnAligner() {
    }

    static Placement place(ColumnSchemas.Schema schema, double[] values, int[] decimals) {
        int n = schema.size();
        int k = values.length;
        if (k == 0 || k > n) {
            return unknown(k);
        }
        List<int[]> fitting = fitting(schema, values, decimals);
        if (fitting.isEmpty()) {
            // No placement satisfies the identities: keep the least-violating one so the rules can
            // report the mismatch, marked ambiguous unless every column was printed.
            int[] cols = best(schema, values, decimals);
            boolean[] amb = new boolean[k];
            Arrays.fill(amb, k < n);
            return new Placement(cols, amb, false);
        }
        int[] cols = fitting.get(0).clone();
        boolean[] amb = new boolean[k];
        for (int[] f : fitting) {
            for (int i = 0; i < k; i++) {
                if (f[i] != cols[i]) {
                    amb[i] = true;
                }
            }
        }
        return new Placement(cols, amb, true);
    }

    /** Every order-keeping placement of the values that satisfies the schema's identities. */
    static List<int[]> fitting(ColumnSchemas.Schema schema, double[] values, int[] decimals) {
        int n = schema.size();
        int k = values.length;
        List<int[]> out = new ArrayList<>();
        if (k == 0 || k > n) {
            return out;
        }
        int[] combo = new int[k];
        for (int i = 0; i < k; i++) {
            combo[i] = i;
        }
        int tried = 0;
        while (combo != null && tried++ < MAX_COMBINATIONS) {
            if (fits(schema, combo, values, decimals)) {
                out.add(combo.clone());
            }
            combo = next(combo, n);
        }
        return out;
    }

    private static Placement unknown(int k) {
        int[] cols = new int[k];
        Arrays.fill(cols, -1);
        boolean[] amb = new boolean[k];
        Arrays.fill(amb, true);
        return new Placement(cols, amb, false);
    }

    private static int[] best(ColumnSchemas.Schema schema, double[] values, int[] decimals) {
        int n = schema.size();
        int k = values.length;
        int[] combo = new int[k];
        for (int i = 0; i < k; i++) {
            combo[i] = i;
        }
        int[] best = combo.clone();
        double bestViolation = Double.MAX_VALUE;
        int tried = 0;
        while (combo != null && tried++ < MAX_COMBINATIONS) {
            if (combo[0] == 0) {
                double v = violation(schema, combo, values);
                if (v < bestViolation) {
                    bestViolation = v;
                    best = combo.clone();
                }
            }
            combo = next(combo, n);
        }
        return best;
    }

    private static double violation(ColumnSchemas.Schema schema, int[] combo, double[] values) {
        double[] full = new double[schema.size()];
        for (int i = 0; i < combo.length; i++) {
            full[combo[i]] = values[i];
        }
        double total = 0;
        for (ColumnSchemas.Identity id : schema.identities()) {
            double sum = 0;
            for (int c : id.children()) {
                sum += full[c];
            }
            total += Math.abs(full[id.parent()] - sum);
        }
        return total;
    }

    static boolean fits(ColumnSchemas.Schema schema, int[] combo, double[] values, int[] decimals) {
        double[] full = new double[schema.size()];
        int[] dec = new int[schema.size()];
        Arrays.fill(dec, 0);
        for (int i = 0; i < combo.length; i++) {
            full[combo[i]] = values[i];
            dec[combo[i]] = decimals[i];
        }
        for (ColumnSchemas.Identity id : schema.identities()) {
            double sum = 0;
            int maxDec = dec[id.parent()];
            for (int c : id.children()) {
                sum += full[c];
                maxDec = Math.max(maxDec, dec[c]);
            }
            double tolerance = id.children().length * Math.pow(10, -maxDec) + 1e-9;
            if (Math.abs(full[id.parent()] - sum) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Next k-combination of 0..n-1 in lexicographic order, or null after the last. */
    private static int[] next(int[] c, int n) {
        int k = c.length;
        int i = k - 1;
        while (i >= 0 && c[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        c[i]++;
        for (int j = i + 1; j < k; j++) {
            c[j] = c[j - 1] + 1;
        }
        return c;
    }
}
