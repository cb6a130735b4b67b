package io.github.disclosureauditor.bench;

import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.facts.FactBuilder;
import io.github.disclosureauditor.finding.FindingCollector;
import io.github.disclosureauditor.ingest.DecodedText;
import io.github.disclosureauditor.ingest.DocumentReaders;
import io.github.disclosureauditor.model.Document;
import io.github.disclosureauditor.parse.DisclosureParser;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints performance figures measured on the given documents in one run, with two baselines:
 * the speed of light (decode, split lines, one regex pass over every number) and the naive
 * pattern of compiling a new KieContainer for every document.
 */
public final class Benchmark {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private final Path rules;
    private final List<byte[]> docs;
    private final List<String> names;
    private final PrintStream out;
    private final List<Path> pdfs;

    public Benchmark(Path rules, List<Path> files, PrintStream out) throws Exception {
        this(rules, files, List.of(), out);
    }

    /** {@code pdfs} are measured apart, against pdftotext -layout (none: no PDF section). */
    public Benchmark(Path rules, List<Path> files, List<Path> pdfs, PrintStream out) throws Exception {
        this.rules = rules;
        this.out = out;
        this.pdfs = List.copyOf(pdfs);
        this.docs = new ArrayList<>();
        this.names = new ArrayList<>();
        for (Path f : files) {
            docs.add(Files.readAllBytes(f));
            names.add(f.getFileName().toString());
        }
    }

    /** Runs everything and prints the figures; {@code iterations} measured rounds over all documents. */
    public void run(int iterations) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        RuleEngine engine = new RuleEngine(rules);
        RuleCompiler.Result first = engine.reload();
        if (!first.ok()) {
            throw new IllegalStateException("rules do not compile: " + first.errors());
        }
        Auditor auditor = new Auditor(engine);
        auditor.audit(docs.get(0));
        long coldMs = System.currentTimeMillis() - jvmStart;
        double firstAuditMs = ms(System.nanoTime() - t0);

        DocumentReaders readers = new DocumentReaders();
        DisclosureParser parser = new DisclosureParser();
        // A service runs for hours: warm up as long as we measure, so the JIT has settled.
        for (int w = 0; w < Math.max(100, iterations); w++) {
            for (byte[] d : docs) {
                auditor.audit(d);
            }
        }
        List<Double> parse = new ArrayList<>();
        List<Double> rulesMs = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        List<Double> sol = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            for (byte[] d : docs) {
                long a = System.nanoTime();
                DecodedText text = readers.read(d);
                Document doc = parser.parse(text);
                long b = System.nanoTime();
                auditor.evaluate(text, doc);
                long c = System.nanoTime();
                parse.add(ms(b - a));
                rulesMs.add(ms(c - b));
                total.add(ms(c - a));
            }
        }
        // Each workload is measured in a loop of its own, as a steady-state microbenchmark would.
        for (int i = 0; i < Math.max(100, iterations); i++) {
            for (byte[] d : docs) {
                speedOfLight(d);
            }
        }
        for (int i = 0; i < iterations; i++) {
            for (byte[] d : docs) {
                long s = System.nanoTime();
                speedOfLight(d);
                sol.add(ms(System.nanoTime() - s));
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int batch = Math.max(1000, docs.size() * 200);
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        batch(pool, auditor, batch);
        List<Double> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            long bs = System.nanoTime();
            batch(pool, auditor, batch);
            runs.add((System.nanoTime() - bs) / 1e9);
        }
        double batchSeconds = pct(runs, 50);
        pool.shutdown();

        List<Double> reload = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long r = System.nanoTime();
            engine.reload();
            reload.add(ms(System.nanoTime() - r));
        }
        List<Double> naive = new ArrayList<>();
        List<String> drl = new ArrayList<>();
        try (Stream<Path> s = Files.list(rules)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                drl.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (int i = 0; i < 10; i++) {
            long n = System.nanoTime();
            naiveAudit(drl, docs.get(i % docs.size()), i);
            naive.add(ms(System.nanoTime() - n));
        }

        // A unit's series of ten years: the first document relabelled 10 times (its years shifted),
        // audited one by one and then compared as a series, as `audit` does for a batch.
        String base = new String(docs.get(0), StandardCharsets.UTF_8);
        java.util.regex.Matcher ym = java.util.regex.Pattern.compile("20\\d{2}").matcher(base);
        int year = ym.find() ? Integer.parseInt(ym.group()) : 2024;
        List<byte[]> tenYears = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            int y = year - 9 + k;
            tenYears.add(base.replace(String.valueOf(year - 1), "@PRIOR@").replace(String.valueOf(year), String.valueOf(y))
                    .replace("@PRIOR@", String.valueOf(y - 1)).getBytes(StandardCharsets.UTF_8));
        }
        io.github.disclosureauditor.audit.SeriesAuditor seriesAuditor = new io.github.disclosureauditor.audit.SeriesAuditor(engine);
        List<Double> seriesTotal = new ArrayList<>();
        List<Double> seriesSession = new ArrayList<>();
        int seriesFound = 0;
        for (int r = 0; r < 30; r++) {
            long a = System.nanoTime();
            List<io.github.disclosureauditor.audit.SeriesAuditor.Member> members = new ArrayList<>();
            for (int k = 0; k < tenYears.size(); k++) {
                members.add(new io.github.disclosureauditor.audit.SeriesAuditor.Member("year" + k, auditor.audit(tenYears.get(k))));
            }
            long b = System.nanoTime();
            seriesFound = seriesAuditor.audit(members).size();
            long c = System.nanoTime();
            if (r >= 10) {
                seriesTotal.add(ms(c - a));
                seriesSession.add(ms(c - b));
            }
        }

        double p50 = pct(total, 50);
        double solP50 = pct(sol, 50);
        out.println("disclosure-auditor benchmark");
        out.printf("machine: %d cores, %s %s, Java %s, max heap %d MiB%n", cores, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.printf("documents: %d (%s), %d measured iterations each%n", docs.size(), String.join(", ", names), iterations);
        out.printf("%-36s %10s %10s%n", "per document (ms)", "p50", "p99");
        out.printf("%-36s %10.2f %10.2f%n", "parse (read + decode + parse)", pct(parse, 50), pct(parse, 99));
        out.printf("%-36s %10.2f %10.2f%n", "rules (facts + Drools session)", pct(rulesMs, 50), pct(rulesMs, 99));
        out.printf("%-36s %10.2f %10.2f%n", "total warm audit", p50, pct(total, 99));
        out.printf("%-36s %10.2f %10.2f%n", "baseline: speed of light", solP50, pct(sol, 99));
        out.printf("%-36s %10.2f %10.2f%n", "baseline: new KieContainer per doc", pct(naive, 50), pct(naive, 99));
        out.printf("batch throughput: %.0f documents/s (%d documents on %d threads in %.2f s, median of 3 runs)%n",
                batch / batchSeconds, batch, cores, batchSeconds);
        out.printf("cold start to first answer: %d ms since JVM start (rule build + first audit %.0f ms)%n",
                coldMs, firstAuditMs);
        out.printf("rule reload: p50 %.0f ms, max %.0f ms%n", pct(reload, 50), pct(reload, 100));
        out.printf("series of 10 documents of one unit (%d series): audit all + compare p50 %.1f ms, max %.1f ms; "
                + "cross-document session alone p50 %.1f ms%n", seriesFound, pct(seriesTotal, 50), pct(seriesTotal, 100),
                pct(seriesSession, 50));
        out.printf("peak heap: %d MiB%n", peakHeapMiB());
        out.printf("ratio warm audit / speed of light: %.1fx%n", p50 / solP50);
        out.printf("ratio per-document rebuild / warm audit: %.0fx%n", pct(naive, 50) / p50);
        if (!pdfs.isEmpty()) {
            new PdfBench(pdfs, auditor, out).run(3);
        }
    }

    private void batch(ExecutorService pool, Auditor auditor, int n) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] d = docs.get(i % docs.size());
            futures.add(pool.submit(() -> auditor.audit(d)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    /** Decode, split into lines and pull out every number: the least any auditor must do. */
    static int speedOfLight(byte[] bytes) throws Exception {
        DecodedText t = new DocumentReaders().read(bytes);
        int n = 0;
        for (String line : t.original()) {
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    private void naiveAudit(List<String> drl, byte[] bytes, int i) throws Exception {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("bench", "naive", "1.0." + i);
        kfs.generateAndWritePomXML(id);
        for (int k = 0; k < drl.size(); k++) {
            kfs.write("src/main/resources/rules/r" + k + ".drl", drl.get(k));
        }
        ks.newKieBuilder(kfs).buildAll();
        KieContainer container = ks.newKieContainer(id);
        DecodedText text = new DocumentReaders().read(bytes);
        Document doc = new DisclosureParser().parse(text);
        StatelessKieSession session = container.getKieBase().newStatelessKieSession();
        session.setGlobal("findings", new FindingCollector(text));
        session.execute(new FactBuilder().facts(doc));
        ks.getRepository().removeKieModule(id);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double pct(List<Double> values, int p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        if (v.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, idx))];
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
