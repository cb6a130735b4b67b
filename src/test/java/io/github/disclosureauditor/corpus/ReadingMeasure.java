package io.github.disclosureauditor.corpus;

import io.github.disclosureauditor.facts.DocInfo;
import io.github.disclosureauditor.facts.FactBuilder;
import io.github.disclosureauditor.facts.KeyAlias;
import io.github.disclosureauditor.facts.Quantity;
import io.github.disclosureauditor.facts.ScopeMatch;
import io.github.disclosureauditor.ingest.DocumentReaders;
import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.Cell;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.model.Row;
import io.github.disclosureauditor.model.Table;
import io.github.disclosureauditor.model.TableFamily;
import io.github.disclosureauditor.parse.DisclosureParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How well the corpus is read, measured the way issue #8 states its targets: the share of table
 * identities that hold after reading (text and PDF), the share of rows a PDF and its text version
 * give the same figures for, and the share of narrative amounts naming a table subject that find
 * a table figure of a fitting scope. {@code main} prints the figures per document.
 */
public final class ReadingMeasure {
    /** A count of successes out of a total. */
    public record Ratio(int hits, int total) {
        public double share() {
            return total == 0 ? 1 : (double) hits / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d = %.1f%%", hits, total, 100 * share());
        }

        Ratio plus(Ratio o) {
            return new Ratio(hits + o.hits, total + o.total);
        }
    }

    /** The figures of one run over the corpus, with the per-document lines behind them. */
    public record Figures(Ratio textIdentities, Ratio pdfIdentities, Ratio sameRows, Ratio sameMoneyRows,
                          Ratio sameRowsByLabel, Ratio counterparts, Ratio equalAmounts,
                          Map<String, Ratio> sameRowsPerDocument, List<String> lines) {
    }

    /** Which tables are compared, and how their rows are paired. */
    enum RowMatch {
        /** Every table; rows of performance forms paired by their figures in order. */
        ALL,
        /** Money tables only (performance forms left out); rows paired by side and code or label. */
        MONEY,
        /** Every table, every row paired by side and code or label. */
        BY_LABEL
    }

    private final DocumentReaders readers = new DocumentReaders();
    private final DisclosureParser parser = new DisclosureParser();
    private final FactBuilder facts = new FactBuilder();

    public Figures measure(Path corpus) throws IOException {
        List<String> lines = new ArrayList<>();
        Ratio textIds = new Ratio(0, 0);
        Ratio pdfIds = new Ratio(0, 0);
        Ratio same = new Ratio(0, 0);
        Ratio sameMoney = new Ratio(0, 0);
        Ratio sameByLabel = new Ratio(0, 0);
        Map<String, Ratio> perDocument = new java.util.TreeMap<>();
        Ratio counterparts = new Ratio(0, 0);
        Ratio equal = new Ratio(0, 0);
        for (Path txt : list(corpus.resolve("txt"), ".txt")) {
            String stem = stem(txt);
            Document text = parse(txt);
            Ratio ids = identities(text);
            textIds = textIds.plus(ids);
            Ratio[] claims = counterparts(text);
            counterparts = counterparts.plus(claims[0]);
            equal = equal.plus(claims[1]);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-58s text ids %-18s claims %-18s",
                    stem, ids, claims[0]));
            Path pdf = corpus.resolve("pdf").resolve(stem + ".pdf");
            if (Files.exists(pdf)) {
                Document fromPdf = parse(pdf);
                Ratio pids = identities(fromPdf);
                pdfIds = pdfIds.plus(pids);
                Ratio rows = sameRows(text, fromPdf, RowMatch.ALL);
                Ratio money = sameRows(text, fromPdf, RowMatch.MONEY);
                same = same.plus(rows);
                perDocument.put(stem, rows);
                sameMoney = sameMoney.plus(money);
                sameByLabel = sameByLabel.plus(sameRows(text, fromPdf, RowMatch.BY_LABEL));
                line.append(String.format(Locale.ROOT, " pdf ids %-18s same rows %-18s money tables %s", pids, rows,
                        money));
            }
            lines.add(line.toString());
        }
        return new Figures(textIds, pdfIds, same, sameMoney, sameByLabel, counterparts, equal, perDocument, lines);
    }

    private Document parse(Path file) throws IOException {
        try {
            return parser.parse(readers.read(Files.readAllBytes(file)));
        } catch (io.github.disclosureauditor.ingest.InputException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static Ratio identities(Document doc) {
        int held = 0;
        int checked = 0;
        for (Table t : doc.tables()) {
            held += t.check().held();
            checked += t.check().checked();
        }
        return new Ratio(held, checked);
    }

    /**
     * Rows of the text version's tables whose figures the PDF version reads the same: tables are
     * paired by title in order, rows by side and code (or label), and a row is the same when its
     * figures, left to right, are equal. A row or table the PDF reading lacks counts as different.
     * Performance-target and self-evaluation forms are left out of {@link RowMatch#MONEY}. In
     * {@link RowMatch#ALL} their rows are paired by their figures in order (the longest common
     * subsequence of the two tables' rows of figures): a form's labels are fragments of cells
     * wrapped over several lines, cut differently by pdftotext and by the PDF reader, so they
     * name no row reliably; its figures do.
     */
    static Ratio sameRows(Document text, Document pdf, RowMatch match) {
        Map<String, List<Table>> pdfByTitle = new HashMap<>();
        for (Table t : pdf.tables()) {
            pdfByTitle.computeIfAbsent(norm(t.title()), k -> new ArrayList<>()).add(t);
        }
        Map<String, Integer> used = new HashMap<>();
        int same = 0;
        int total = 0;
        for (Table t : text.tables()) {
            boolean form = t.family() == TableFamily.PERF_TARGET || t.family() == TableFamily.PERF_SELF_EVAL;
            if (match == RowMatch.MONEY && form) {
                continue;
            }
            String title = norm(t.title());
            List<Table> candidates = pdfByTitle.getOrDefault(title, List.of());
            int k = used.merge(title, 1, Integer::sum) - 1;
            Table other = k < candidates.size() ? candidates.get(k) : null;
            if (match == RowMatch.ALL && form) {
                List<List<Double>> mine = figureRows(t);
                same += commonInOrder(mine, other == null ? List.of() : figureRows(other));
                total += mine.size();
                continue;
            }
            Map<String, List<Row>> otherRows = new HashMap<>();
            if (other != null) {
                for (Row r : other.rows()) {
                    otherRows.computeIfAbsent(rowKey(r), x -> new ArrayList<>()).add(r);
                }
            }
            for (Row r : t.rows()) {
                if (r.cells().isEmpty()) {
                    continue;
                }
                total++;
                List<Row> paired = otherRows.getOrDefault(rowKey(r), List.of());
                if (paired.stream().anyMatch(o -> values(o).equals(values(r)))) {
                    same++;
                }
            }
        }
        return new Ratio(same, total);
    }

    private static List<List<Double>> figureRows(Table t) {
        List<List<Double>> out = new ArrayList<>();
        for (Row r : t.rows()) {
            if (!r.cells().isEmpty()) {
                out.add(values(r));
            }
        }
        return out;
    }

    /** Length of the longest common subsequence of two lists of rows. */
    static int commonInOrder(List<List<Double>> a, List<List<Double>> b) {
        int[][] l = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                l[i][j] = a.get(i).equals(b.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        return l[0][0];
    }

    private static String rowKey(Row r) {
        return r.side() + "|" + (r.code().isEmpty() ? norm(r.label()) : r.code());
    }

    private static List<Double> values(Row r) {
        List<Double> out = new ArrayList<>();
        for (Cell c : r.cells()) {
            out.add(Math.round(c.value() * 1e6) / 1e6);
        }
        return out;
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s　()（）“”\"：:·.，,、]", "");
    }

    /**
     * Narrative amounts (this year's, resolved subject) whose subject some table of the document
     * carries: [0] how many find a table figure of a scope they may be compared with, [1] how many
     * of those agree with one within the last printed digit.
     */
    Ratio[] counterparts(Document doc) {
        List<Object> all = io.github.disclosureauditor.audit.Auditor.withPolicy(facts.facts(doc),
                io.github.disclosureauditor.TestSupport.engine().current().policy());
        boolean single = false;
        Map<String, Set<String>> aliases = new HashMap<>();
        List<Quantity> quantities = new ArrayList<>();
        List<ScopeMatch> scopes = new ArrayList<>();
        for (Object o : all) {
            if (o instanceof DocInfo d) {
                single = d.singleFund();
            } else if (o instanceof KeyAlias a) {
                aliases.computeIfAbsent(a.narrativeKey(), k -> new HashSet<>()).add(a.tableKey());
            } else if (o instanceof Quantity q) {
                quantities.add(q);
            } else if (o instanceof ScopeMatch m) {
                scopes.add(m);
            }
        }
        int named = 0;
        int found = 0;
        int agree = 0;
        for (Claim c : doc.claims()) {
            if (!(c instanceof Claim.Amount a) || !a.resolved() || a.basis() != Basis.CURRENT || a.value() <= 0) {
                continue;
            }
            Set<String> keys = aliases.getOrDefault(a.subject(), Set.of(a.subject()));
            List<Quantity> same = quantities.stream().filter(q -> keys.contains(q.key())).toList();
            if (same.isEmpty()) {
                continue;
            }
            named++;
            final boolean singleFund = single;
            List<Quantity> fitting = same.stream().filter(q -> scopes.stream().anyMatch(m -> m.claim() == a.scope()
                    && m.tableScope().equals(q.scope()) && m.appliesTo(singleFund))).toList();
            if (!fitting.isEmpty()) {
                found++;
                double tolerance = Math.pow(10, -a.decimals()) + 0.01;
                if (fitting.stream().anyMatch(q -> Math.abs(q.value() - a.value()) <= tolerance + Math.pow(10, -q.decimals()) + 1e-9)) {
                    agree++;
                }
            }
        }
        return new Ratio[]{new Ratio(found, named), new Ratio(agree, found)};
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    public static void main(String[] args) throws IOException {
        Figures f = new ReadingMeasure().measure(args.length > 0 ? Path.of(args[0]) : CorpusScore.CORPUS);
        f.lines().forEach(System.out::println);
        System.out.println("identities held, text: " + f.textIdentities());
        System.out.println("identities held, pdf:  " + f.pdfIdentities());
        System.out.println("rows read the same from the PDF and its text (forms paired by figures in order): " + f.sameRows());
        System.out.println("  in money tables (performance-target and self-evaluation tables left out): "
                + f.sameMoneyRows());
        System.out.println("  every row paired by its label, forms included: " + f.sameRowsByLabel());
        System.out.println("narrative amounts naming a table subject with a table figure of a fitting scope: "
                + f.counterparts());
        System.out.println("  of which equal to one within the last printed digit: " + f.equalAmounts());
    }
}
