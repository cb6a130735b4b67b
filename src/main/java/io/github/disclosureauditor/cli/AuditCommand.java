package io.github.disclosureauditor.cli;

import io.github.disclosureauditor.engine.Auditor;
import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;
import io.github.disclosureauditor.engine.RuleError;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.report.AuditReport;
import io.github.disclosureauditor.report.Json;
import io.github.disclosureauditor.report.TextReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code audit}: reports on stdout, diagnostics on stderr, exit code by --fail-on. */
final class AuditCommand {
    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
        boolean inputError = false;
        boolean failed = false;
        boolean many = files.size() > 1;
        for (Path file : files) {
            try {
                AuditReport report = AuditReport.of(file.toString(), auditor.audit(Files.readAllBytes(file)));
                out.print(format.equals("json") ? Json.write(report, !many) + "\n" : TextReport.render(report) + "\n");
                for (Finding f : report.findings()) {
                    failed |= threshold != null && f.severity().ordinal() <= threshold.ordinal();
                }
            } catch (IOException e) {
                err.println(file + "：无法读取（" + e.getMessage() + "）");
                inputError = true;
            } catch (InputException e) {
                err.println(file + "：" + e.getMessage() + "（" + e.code() + "）");
                inputError = true;
            }
        }
        return inputError ? 2 : failed ? 1 : 0;
    }
}
