package io.github.disclosureauditor.bench;

import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.ingest.DocumentReaders;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * CPU per PDF of reading it and of auditing it whole, in a warm JVM, against
 * {@code pdftotext -layout} over the same file timed in the same run (when poppler's pdftotext
 * is installed): the baseline of "extract the text of a PDF with its layout".
 */
final class PdfBench {
    private final List<Path> pdfs;
    private final Auditor auditor;
    private final PrintStream out;

    PdfBench(List<Path> pdfs, Auditor auditor, PrintStream out) {
        this.pdfs = pdfs;
        this.auditor = auditor;
        this.out = out;
    }

    void run(int rounds) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DocumentReaders readers = new DocumentReaders();
        for (int w = 0; w < 3; w++) {
            for (Path p : pdfs) {
                auditor.audit(Files.readAllBytes(p));
            }
        }
        boolean baseline = pdftotextInstalled();
        out.printf(Locale.ROOT, "PDF documents: %d, CPU ms per document (best of %d)%n", pdfs.size(), rounds);
        out.printf(Locale.ROOT, "%-46s %8s %8s %9s %8s%n", "document", "read", "audit", "pdftotext", "audit/pt");
        double read = 0;
        double audit = 0;
        double theirs = 0;
        double worst = 0;
        for (Path p : pdfs) {
            byte[] bytes = Files.readAllBytes(p);
            double r = Double.MAX_VALUE;
            double a = Double.MAX_VALUE;
            for (int i = 0; i < rounds; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                readers.read(bytes);
                long c1 = threads.getCurrentThreadCpuTime();
                auditor.audit(bytes);
                long c2 = threads.getCurrentThreadCpuTime();
                r = Math.min(r, (c1 - c0) / 1e6);
                a = Math.min(a, (c2 - c1) / 1e6);
            }
            double t = baseline ? pdftotextCpuMillis(p, rounds) : Double.NaN;
            read += r;
            audit += a;
            theirs += t;
            worst = Math.max(worst, a / t);
            out.printf(Locale.ROOT, "%-46.46s %8.1f %8.1f %9.1f %8s%n", p.getFileName(), r, a, t,
                    baseline ? String.format(Locale.ROOT, "%.2fx", a / t) : "-");
        }
        out.printf(Locale.ROOT, "%-46s %8.1f %8.1f %9.1f %8s%n", "total", read, audit, theirs,
                baseline ? String.format(Locale.ROOT, "%.2fx", audit / theirs) : "-");
        if (baseline) {
            out.printf(Locale.ROOT, "ratio PDF audit / pdftotext -layout: %.2fx over all (worst document %.2fx); "
                    + "read alone %.2fx%n", audit / theirs, worst, read / theirs);
        } else {
            out.println("baseline pdftotext -layout: not installed (Debian: poppler-utils), not measured");
        }
    }

    private static boolean pdftotextInstalled() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** User + system CPU of one {@code pdftotext -layout} run over the file, best of {@code rounds}. */
    private static double pdftotextCpuMillis(Path pdf, int rounds) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            String script = "TIMEFORMAT='%3U %3S'; time (pdftotext -layout \"$1\" - >/dev/null)";
            Process proc = new ProcessBuilder("bash", "-c", script, "bash", pdf.toString()).start();
            proc.getInputStream().readAllBytes();
            String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            proc.waitFor();
            String[] last = err.substring(err.lastIndexOf('\n') + 1).trim().split("\\s+");
            best = Math.min(best, (Double.parseDouble(last[0]) + Double.parseDouble(last[1])) * 1000);
        }
        return best;
    }
}
