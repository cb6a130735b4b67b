package io.github.disclosureauditor.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measurements of the PDF reader on a folder of real disclosures, printed, not asserted (run by
 * hand, see the usage below; it is not a unit test because the figures depend on the machine
 * and the corpus):
 * <ul>
 * <li>{@code gaps}: how far apart neighbouring glyphs of a line stand, in em, by kind of pair,
 * to choose the gap that separates runs;</li>
 * <li>{@code agree}: per document, the numbers of each page as our runs give them against the
 * numbers of {@code pdftotext -layout}, as multisets; {@code sweep} does it for several gaps;</li>
 * <li>{@code time}: CPU time per document of the reader in a warm JVM against
 * {@code pdftotext -layout} on the same file.</li>
 * </ul>
 * Usage: {@code java -cp target/test-classes:target/classes:<deps> io.github.disclosureauditor.ingest.PdfCorpusMeasure
 * gaps|agree|sweep|diff|time|cold [folder] [file name filter] [runs]}.
 */
public final class PdfCorpusMeasure {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private PdfCorpusMeasure() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "agree";
        Path folder = Path.of(args.length > 1 ? args[1] : "/work/shared/corpus/pdf");
        String filter = args.length > 2 ? args[2] : "";
        if (what.equals("read")) { // one document, for the fresh-JVM figures of "cold"
            System.out.println(new DocumentReaders().read(Files.readAllBytes(folder)).lineCount());
            return;
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(folder)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf") && p.getFileName().toString().contains(filter))
                    .sorted().toList();
        }
        switch (what) {
            case "gaps" -> gaps(pdfs);
            case "agree" -> agree(pdfs, PdfLines.GAP_EM, true);
            case "diff" -> diff(pdfs, args.length > 3);
            case "sweep" -> {
                for (double gap : new double[]{0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5}) {
                    agree(pdfs, gap, false);
                }
            }
            case "time" -> time(pdfs, args.length > 3 ? Integer.parseInt(args[3]) : 10);
            case "cold" -> cold(pdfs, args.length > 3 ? Integer.parseInt(args[3]) : 3);
            default -> throw new IllegalArgumentException(what);
        }
    }

    // ---------------------------------------------------------------- gaps

    /** Kinds of neighbouring glyph pairs whose gaps are counted apart. */
    private enum Pair {
        /** Digits, points and commas on both sides. */
        DIGITS,
        /** Other narrow glyphs on both sides (Latin, ASCII punctuation, a digit and a '%'). */
        NARROW,
        /** A wide glyph (an ideograph, full-width punctuation) on either side. */
        WIDE,
        /** Closing punctuation on the right or opening on the left: never split by a gap. */
        PUNCTUATION,
        /** Two glyphs with a space glyph between them. */
        ACROSS_SPACE
    }

    /** Pair kind and gap range (em) whose lines "gaps" prints, from -Dsample=WIDE,0.1,0.25. */
    private static final String[] SAMPLE = System.getProperty("sample") == null ? null
            : System.getProperty("sample").split(",");
    private static final double[] BUCKETS = {-0.05, 0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2};

    /**
     * Histogram of the gaps between neighbouring glyphs of a line, in em, less the line's normal
     * spacing where the reader allows one (pairs with a wide glyph): the reader splits where this
     * excess is above {@link PdfLines#GAP_EM}.
     */
    private static void gaps(List<Path> pdfs) throws IOException {
        long[][] hist = new long[Pair.values().length][BUCKETS.length + 1];
        for (Path p : pdfs) {
            long[][] h = new long[Pair.values().length][BUCKETS.length + 1];
            String name = p.getFileName().toString();
            PdfLines lines = new PdfLines().observe((g, left, right, space, gapEm, normalEm) -> {
                double excess = gapEm - normalEm;
                Pair kind = space ? Pair.ACROSS_SPACE : kind(g, left, right);
                int b = 0;
                while (b < BUCKETS.length && excess >= BUCKETS[b]) {
                    b++;
                }
                h[kind.ordinal()][b]++;
                if (SAMPLE != null && kind.name().equals(SAMPLE[0]) && excess >= Double.parseDouble(SAMPLE[1])
                        && excess < Double.parseDouble(SAMPLE[2])) {
                    System.out.printf(Locale.ROOT, "  %s %.3f (normal %.3f) %s|%s%n", name.substring(0, 3), excess,
                            normalEm, context(g, left, -8), context(g, right, 8));
                }
            });
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(p))) {
                new PdfGlyphReader(lines).read(doc);
            }
            for (int k = 0; k < h.length; k++) {
                for (int b = 0; b < h[k].length; b++) {
                    hist[k][b] += h[k][b];
                }
            }
            System.out.printf(Locale.ROOT, "%-52s %s%n", name, summary(h));
        }
        System.out.println();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-14s", "excess em <"));
        for (double b : BUCKETS) {
            head.append(String.format(Locale.ROOT, "%8s", b));
        }
        System.out.println(head.append(String.format(Locale.ROOT, "%8s", "more")));
        for (Pair k : Pair.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-14s", k));
            for (long c : hist[k.ordinal()]) {
                row.append(String.format(Locale.ROOT, "%8d", c));
            }
            System.out.println(row);
        }
    }

    /** A few glyphs of the page stream before or after glyph i, for looking at a sample. */
    private static String context(PageGlyphs g, int i, int span) {
        StringBuilder sb = new StringBuilder();
        int from = span < 0 ? Math.max(0, i + span + 1) : i;
        int to = span < 0 ? i + 1 : Math.min(g.count, i + span);
        for (int k = from; k < to; k++) {
            sb.append(g.text[k]);
        }
        return sb.toString();
    }

    /** Per document: pairs whose excess gap is within 0.05 em of either side of the threshold. */
    private static String summary(long[][] h) {
        int from = Arrays.binarySearch(BUCKETS, 0.1) + 1;
        int to = Arrays.binarySearch(BUCKETS, 0.2) + 1;
        StringBuilder sb = new StringBuilder("excess 0.1-0.2 em:");
        for (Pair k : Pair.values()) {
            long c = 0;
            for (int b = from; b < to; b++) {
                c += h[k.ordinal()][b];
            }
            sb.append(' ').append(k.name().toLowerCase(Locale.ROOT)).append(' ').append(c);
        }
        return sb.toString();
    }

    private static Pair kind(PageGlyphs g, int a, int b) {
        if (PageGlyphs.closing(g.text[b]) || PageGlyphs.opening(g.text[a])) {
            return Pair.PUNCTUATION;
        }
        if (numeric(g.text[a]) && numeric(g.text[b])) {
            return Pair.DIGITS;
        }
        // as the reader decides it: against the other glyph's em would need the line; the
        // font size is the em of the glyph's own font
        boolean wide = g.width[a] >= PdfLines.WIDE_EM * g.size[a] || g.width[b] >= PdfLines.WIDE_EM * g.size[b];
        return wide ? Pair.WIDE : Pair.NARROW;
    }

    private static boolean numeric(String s) {
        return s.length() == 1 && (Character.isDigit(s.charAt(0)) || s.charAt(0) == '.' || s.charAt(0) == ',');
    }

    // ---------------------------------------------------------------- agreement with pdftotext

    /**
     * Numbers of one document per page, as multisets: {@code any} every number found inside a
     * run (pdftotext: inside a whitespace-separated word), {@code whole} the runs (words) that are
     * nothing but a number; the first shows glued or split numbers, the second also where a
     * number is glued to a word.
     */
    private record Numbers(List<Map<String, Integer>> any, List<Map<String, Integer>> whole) {
        Numbers() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void page(int page) {
            while (any.size() < page) {
                any.add(new HashMap<>());
                whole.add(new HashMap<>());
            }
        }

        void add(int page, String token) {
            page(page);
            Matcher m = NUMBER.matcher(token);
            while (m.find()) {
                any.get(page - 1).merge(m.group().replace(",", ""), 1, Integer::sum);
            }
            if (NUMBER.matcher(token).matches()) {
                whole.get(page - 1).merge(token.replace(",", ""), 1, Integer::sum);
            }
        }
    }

    /** Tallies of one comparison: numbers on our side, on pdftotext's, on both; identical pages. */
    private static final class Tally {
        long ours;
        long theirs;
        long common;
        int identical;
        int pages;

        void add(List<Map<String, Integer>> a, List<Map<String, Integer>> b) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                Map<String, Integer> x = i < a.size() ? a.get(i) : Map.of();
                Map<String, Integer> y = i < b.size() ? b.get(i) : Map.of();
                long c = common(x, y);
                long nx = count(x);
                long ny = count(y);
                ours += nx;
                theirs += ny;
                common += c;
                identical += c == nx && c == ny ? 1 : 0;
                pages++;
            }
        }

        void add(Tally t) {
            ours += t.ours;
            theirs += t.theirs;
            common += t.common;
            identical += t.identical;
            pages += t.pages;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ours %5d pdftotext %5d common %5d (%7.3f%%) pages identical %3d/%3d",
                    ours, theirs, common, 100.0 * common / Math.max(1, Math.max(ours, theirs)), identical, pages);
        }
    }

    private static void agree(List<Path> pdfs, double gapEm, boolean perDocument) throws Exception {
        Tally allAny = new Tally();
        Tally allWhole = new Tally();
        for (Path p : pdfs) {
            Numbers ours = ourNumbers(p, gapEm);
            Numbers theirs = pdftotextNumbers(p);
            Tally any = new Tally();
            any.add(ours.any(), theirs.any());
            Tally whole = new Tally();
            whole.add(ours.whole(), theirs.whole());
            allAny.add(any);
            allWhole.add(whole);
            if (perDocument) {
                System.out.printf(Locale.ROOT, "%-45.45s numbers: %s | whole-run numbers: %s%n", p.getFileName(), any, whole);
            }
        }
        System.out.printf(Locale.ROOT, "gap %.2f em, ALL numbers: %s | whole-run numbers: %s%n", gapEm, allAny, allWhole);
    }

    /** Prints, page by page, the numbers only one side has ("whole" numbers with a fourth argument). */
    private static void diff(List<Path> pdfs, boolean whole) throws Exception {
        for (Path p : pdfs) {
            Numbers o = ourNumbers(p, PdfLines.GAP_EM);
            Numbers t = pdftotextNumbers(p);
            List<Map<String, Integer>> ours = whole ? o.whole() : o.any();
            List<Map<String, Integer>> theirs = whole ? t.whole() : t.any();
            for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
                Map<String, Integer> a = i < ours.size() ? ours.get(i) : Map.of();
                Map<String, Integer> b = i < theirs.size() ? theirs.get(i) : Map.of();
                Map<String, Integer> onlyOurs = minus(a, b);
                Map<String, Integer> onlyTheirs = minus(b, a);
                if (!onlyOurs.isEmpty() || !onlyTheirs.isEmpty()) {
                    System.out.println(p.getFileName() + " page " + (i + 1) + " only ours " + onlyOurs
                            + " only pdftotext " + onlyTheirs);
                }
            }
        }
    }

    /** Per page, the numbers of every run. */
    private static Numbers ourNumbers(Path p, double gapEm) throws Exception {
        DecodedText t = new PdfReader(gapEm).read(Files.readAllBytes(p));
        Numbers n = new Numbers();
        for (int i = 0; i < t.lineCount(); i++) {
            int page = t.pages().get(i);
            n.page(page);
            LineLayout l = t.layout(i);
            if (l != null) {
                for (TextRun r : l.runs()) {
                    n.add(page, r.text());
                }
            }
        }
        return n;
    }

    private static Numbers pdftotextNumbers(Path p) throws Exception {
        Process proc = new ProcessBuilder("pdftotext", "-layout", p.toString(), "-").start();
        String text = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        proc.waitFor();
        Numbers n = new Numbers();
        String[] split = text.split("\f", -1);
        for (int i = 0; i < split.length; i++) {
            if (i == split.length - 1 && split[i].isBlank()) {
                break; // the form feed after the last page
            }
            n.page(i + 1);
            for (String token : split[i].split("\\s+")) {
                if (!token.isEmpty()) {
                    n.add(i + 1, token);
                }
            }
        }
        return n;
    }

    private static long count(Map<String, Integer> m) {
        return m.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static long common(Map<String, Integer> a, Map<String, Integer> b) {
        long c = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            c += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        return c;
    }

    private static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            int d = e.getValue() - b.getOrDefault(e.getKey(), 0);
            if (d > 0) {
                out.put(e.getKey(), d);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- time

    /**
     * CPU time of the reader per document in a warm JVM against {@code pdftotext -layout} on the
     * same file. Ours: the reading thread's CPU time, and the whole process's, which adds the
     * garbage collector (and any JIT work left) that the reading causes; the process figure is
     * the one to hold against the target. pdftotext: user + system time of {@code runs} runs in a
     * shell loop, process start included, as a user of the command would pay it. Each figure is
     * the best of three batches, which keeps out most noise from other work on the machine.
     */
    private static void time(List<Path> pdfs, int runs) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        DocumentReaders readers = new DocumentReaders();
        // warm up on every document so that the JIT has compiled the paths of all of them
        for (int round = 0; round < 5; round++) {
            for (Path p : pdfs) {
                readers.read(Files.readAllBytes(p));
            }
        }
        double totalThread = 0;
        double totalProcess = 0;
        double totalTheirs = 0;
        double worst = 0;
        System.out.printf(Locale.ROOT, "%-45s %8s %8s %9s %7s %7s%n", "CPU ms per document (best of 3 batches)",
                "thread", "process", "pdftotext", "thread/", "process/");
        for (Path p : pdfs) {
            byte[] bytes = Files.readAllBytes(p);
            double thread = Double.MAX_VALUE;
            double process = Double.MAX_VALUE;
            double theirs = Double.MAX_VALUE;
            for (int batch = 0; batch < 3; batch++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long proc0 = os.getProcessCpuTime();
                for (int i = 0; i < runs; i++) {
                    readers.read(bytes);
                }
                thread = Math.min(thread, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / runs);
                process = Math.min(process, (os.getProcessCpuTime() - proc0) / 1e6 / runs);
                theirs = Math.min(theirs, pdftotextCpuMillis(p, runs));
            }
            totalThread += thread;
            totalProcess += process;
            totalTheirs += theirs;
            worst = Math.max(worst, process / theirs);
            System.out.printf(Locale.ROOT, "%-45.45s %8.1f %8.1f %9.1f %7.2f %7.2f%n", p.getFileName(), thread, process,
                    theirs, thread / theirs, process / theirs);
        }
        System.out.printf(Locale.ROOT, "%-45s %8.1f %8.1f %9.1f %7.2f %7.2f   worst process/pdftotext %.2f%n", "TOTAL",
                totalThread, totalProcess, totalTheirs, totalThread / totalTheirs, totalProcess / totalTheirs, worst);
    }

    /**
     * CPU time of reading one document in a fresh JVM (start, class loading, JIT included), as
     * a command-line run per file pays it, against pdftotext; best of {@code runs}.
     */
    private static void cold(List<Path> pdfs, int runs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        double totalOurs = 0;
        double totalTheirs = 0;
        System.out.printf(Locale.ROOT, "%-45s %9s %9s %7s%n", "CPU ms per document, fresh JVM", "reader", "pdftotext", "ratio");
        for (Path p : pdfs) {
            double ours = Double.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                String script = "TIMEFORMAT='%3U %3S'; time (\"$1\" -cp \"$2\" " + PdfCorpusMeasure.class.getName()
                        + " read \"$3\" >/dev/null)";
                Process proc = new ProcessBuilder("bash", "-c", script, "bash", java, cp, p.toString()).start();
                proc.getInputStream().readAllBytes();
                String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                proc.waitFor();
                String[] last = err.substring(err.lastIndexOf('\n') + 1).trim().split("\\s+");
                ours = Math.min(ours, (Double.parseDouble(last[0]) + Double.parseDouble(last[1])) * 1000);
            }
            double theirs = pdftotextCpuMillis(p, 5);
            totalOurs += ours;
            totalTheirs += theirs;
            System.out.printf(Locale.ROOT, "%-45.45s %9.0f %9.1f %7.1f%n", p.getFileName(), ours, theirs, ours / theirs);
        }
        System.out.printf(Locale.ROOT, "%-45s %9.0f %9.1f %7.1f%n", "TOTAL", totalOurs, totalTheirs, totalOurs / totalTheirs);
    }

    /** User + system CPU of {@code pdftotext -layout}, per run, measured by bash over a loop. */
    static double pdftotextCpuMillis(Path pdf, int runs) throws Exception {
        String script = "TIMEFORMAT='%3U %3S'; time (for i in $(seq " + runs + "); do pdftotext -layout \"$1\" - >/dev/null; done)";
        Process proc = new ProcessBuilder("bash", "-c", script, "bash", pdf.toString()).start();
        proc.getInputStream().readAllBytes();
        String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        proc.waitFor();
        String[] last = err.substring(err.lastIndexOf('\n') + 1).trim().split("\\s+");
        return (Double.parseDouble(last[0]) + Double.parseDouble(last[1])) * 1000 / runs;
    }
}
