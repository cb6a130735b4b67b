package io.github.disclosureauditor.cli;

import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.audit.SeriesAuditor;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.engine.RuleError;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.report.AuditReport;
import io.github.disclosureauditor.report.BatchReport;
import io.github.disclosureauditor.report.Json;
import io.github.disclosureauditor.report.TextReport;
import io.github.disclosureauditor.server.ServerOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code audit}: reports on stdout, diagnostics and progress on stderr, exit code by --fail-on.
 * Several documents are audited in parallel on all cores; output keeps the input order.
 */
final class AuditCommand {
    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A document's report (or error) with the audit result a series needs. */
    private record Audited(BatchReport.Entry entry, Auditor.Result result) {
    }

    private List<Audited> auditAll(Auditor auditor, List<Path> files) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        List<Future<Audited>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                Audited a = auditOne(auditor, file);
                BatchReport.Entry e = a.entry();
                if (files.size() > 1) {
                    err.println("[" + done.incrementAndGet() + "/" + files.size() + "] " + file
                            + (e.error() == null ? "  发现 " + e.report().findings().size() + " 项" : "  失败"));
                }
                return a;
            }));
        }
        List<Audited> entries = new ArrayList<>();
        try {
            for (Future<Audited> f : futures) {
                entries.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return entries;
    }

    private static Audited auditOne(Auditor auditor, Path file) {
        try {
            long size = Files.size(file);
            if (size > ServerOptions.DEFAULT_MAX_BYTES) {
                return failed(file, "文档超过大小上限 " + ServerOptions.DEFAULT_MAX_BYTES / (1024 * 1024)
                        + " MiB（PAYLOAD_TOO_LARGE）");
            }
            Auditor.Result r = auditor.audit(Files.readAllBytes(file), ServerOptions.TIME_LIMIT);
            return new Audited(new BatchReport.Entry(file.toString(), AuditReport.of(file.toString(), r), null), r);
        } catch (IOException e) {
            return failed(file, "无法读取（" + e.getMessage() + "）");
        } catch (InputException e) {
            return failed(file, e.getMessage() + "（" + e.code() + "）");
        } catch (RuntimeException e) {
            return failed(file, "审核失败（" + e.getClass().getSimpleName() + "）");
        }
    }

    private static Audited failed(Path file, String why) {
        return new Audited(new BatchReport.Entry(file.toString(), null, why), null);
    }

    int run(Options o) throws Options.UsageException {
        String format = o.get("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new Options.UsageException("--format 只能是 text 或 json");
        }
        String failOn = o.get("fail-on", "HIGH").toUpperCase(java.util.Locale.ROOT);
        Severity threshold;
        try {
            threshold = failOn.equals("NONE") ? null : Severity.valueOf(failOn);
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException("--fail-on 只能是 HIGH、MEDIUM、LOW、INFO 或 NONE");
        }
        if (o.positional().isEmpty()) {
            throw new Options.UsageException("audit 需要至少一个文件或目录");
        }
        List<Path> files;
        try {
            files = Inputs.expand(o.positional());
        } catch (IOException e) {
            err.println("无法列出输入：" + e.getMessage());
            return 2;
        }
        RuleEngine engine = new RuleEngine(Path.of(o.get("rules", "rules")));
        RuleCompiler.Result built = engine.reload();
        if (!built.ok()) {
            err.println("规则编译失败（" + engine.directory().toAbsolutePath() + "）：");
            for (RuleError e : built.errors()) {
                err.println("  " + e.file() + (e.line() > 0 ? ":" + e.line() : "") + "  " + e.message());
            }
            return 2;
        }
        Auditor auditor = new Auditor(engine);
        List<Audited> audited = auditAll(auditor, files);
        List<BatchReport.Entry> entries = audited.stream().map(Audited::entry).toList();
        boolean inputError = false;
        boolean failed = false;
        for (BatchReport.Entry e : entries) {
            if (e.report() == null) {
                err.println(e.source() + "：" + e.error());
                inputError = true;
                continue;
            }
            out.print(format.equals("json") ? Json.write(e.report(), false) + "\n" : TextReport.render(e.report()) + "\n");
            for (Finding f : e.report().findings()) {
                failed |= threshold != null && f.severity().ordinal() <= threshold.ordinal();
            }
        }
        // Documents of one unit from several years are audited as a series too (--series false: not).
        List<SeriesAuditor.Series> series = List.of();
        if (files.size() > 1 && !"false".equalsIgnoreCase(o.get("series", "true"))) {
            List<SeriesAuditor.Member> members = new ArrayList<>();
            for (Audited a : audited) {
                if (a.result() != null) {
                    members.add(new SeriesAuditor.Member(Path.of(a.entry().source()).getFileName().toString(), a.result()));
                }
            }
            series = new SeriesAuditor(engine).audit(members);
            for (SeriesAuditor.Series s : series) {
                out.print(format.equals("json") ? Json.write(java.util.Map.of("series", s), false) + "\n"
                        : TextReport.renderSeries(s) + "\n");
                for (Finding f : s.findings()) {
                    failed |= threshold != null && f.severity().ordinal() <= threshold.ordinal();
                }
            }
        }
        String reportDir = o.get("report", "");
        if (!reportDir.isEmpty()) {
            try {
                BatchReport.write(Path.of(reportDir), entries);
                StringBuilder jsonl = new StringBuilder();
                for (SeriesAuditor.Series s : series) {
                    jsonl.append(Json.write(s, false)).append('\n');
                }
                Files.writeString(Path.of(reportDir).resolve("series.jsonl"), jsonl, java.nio.charset.StandardCharsets.UTF_8);
                err.println("报告已写入 " + Path.of(reportDir).toAbsolutePath() + "（findings.jsonl、summary.csv、report.html、series.jsonl）");
            } catch (IOException e) {
                err.println("无法写入报告：" + e.getMessage());
                return 2;
            }
        }
        return inputError ? 2 : failed ? 1 : 0;
    }
}
