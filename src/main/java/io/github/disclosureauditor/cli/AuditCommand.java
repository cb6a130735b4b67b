package io.github.disclosureauditor.cli;

import io.github.disclosureauditor.audit.Auditor;
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

    private List<BatchReport.Entry> auditAll(Auditor auditor, List<Path> files) {
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        List<Future<BatchReport.Entry>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> {
                BatchReport.Entry e = auditOne(auditor, file);
                if (files.size() > 1) {
                    err.println("[" + done.incrementAndGet() + "/" + files.size() + "] " + file
                            + (e.error() == null ? "  发现 " + e.report().findings().size() + " 项" : "  失败"));
                }
                return e;
            }));
        }
        List<BatchReport.Entry> entries = new ArrayList<>();
        try {
            for (Future<BatchReport.Entry> f : futures) {
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

    private static BatchReport.Entry auditOne(Auditor auditor, Path file) {
        try {
            long size = Files.size(file);
            if (size > ServerOptions.DEFAULT_MAX_BYTES) {
                return new BatchReport.Entry(file.toString(), null, "文档超过大小上限 "
                        + ServerOptions.DEFAULT_MAX_BYTES / (1024 * 1024) + " MiB（PAYLOAD_TOO_LARGE）");
            }
            return new BatchReport.Entry(file.toString(), AuditReport.of(file.toString(),
                    auditor.audit(Files.readAllBytes(file), ServerOptions.TIME_LIMIT)), null);
        } catch (IOException e) {
            return new BatchReport.Entry(file.toString(), null, "无法读取（" + e.getMessage() + "）");
        } catch (InputException e) {
            return new BatchReport.Entry(file.toString(), null, e.getMessage() + "（" + e.code() + "）");
        } catch (RuntimeException e) {
            return new BatchReport.Entry(file.toString(), null, "审核失败（" + e.getClass().getSimpleName() + "）");
        }
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
        List<BatchReport.Entry> entries = auditAll(auditor, files);
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
        String reportDir = o.get("report", "");
        if (!reportDir.isEmpty()) {
            try {
                BatchReport.write(Path.of(reportDir), entries);
                err.println("报告已写入 " + Path.of(reportDir).toAbsolutePath() + "（findings.jsonl、summary.csv、report.html）");
            } catch (IOException e) {
                err.println("无法写入报告：" + e.getMessage());
                return 2;
            }
        }
        return inputError ? 2 : failed ? 1 : 0;
    }
}
