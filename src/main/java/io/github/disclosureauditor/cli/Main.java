package io.github.disclosureauditor.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Entry point: {@code audit}, {@code parse} and {@code serve} sub-commands. */
public final class Main {
    static final String USAGE = """
            用法：
              java -jar disclosure-auditor.jar audit [--format text|json] [--rules DIR] [--fail-on HIGH|MEDIUM|LOW|INFO|NONE] [--report 目录] [--series false] 文件或目录...
              java -jar disclosure-auditor.jar parse [--format json|text] [--rows true] 文件
              java -jar disclosure-auditor.jar bench [--iterations 1000] [--rules DIR] [--pdfs 目录|none] [文件或目录...]
              java -jar disclosure-auditor.jar serve [--port 7070] [--rules DIR] [--host 127.0.0.1] [--token 令牌] [--watch true] [--data DIR | --db JDBC-URL]
            支持文本（UTF-8/GBK/UTF-16）、PDF、.docx、.xlsx，按内容识别格式。--report 写出 findings.jsonl、summary.csv、report.html、series.jsonl。
            同一单位不同年度（或预算与决算）的多份文档还会一起做跨文档核对；--series false 关闭。
            serve 默认把审核记录和审阅结论保存在 ./data 下的内置数据库（--data 改目录，--db 或 AUDITOR_DB_URL 用 PostgreSQL）。
            退出码：0 无达到 --fail-on 级别的发现；1 有；2 用法或输入错误。""";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns the exit code, or -1 when the command keeps running (serve). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "audit" -> new AuditCommand(out, err).run(Options.parse(rest, "format", "rules", "fail-on", "report", "series"));
                case "parse" -> new ParseCommand(out, err).run(Options.parse(rest, "format", "rows"));
                case "bench" -> BenchCommand.run(Options.parse(rest, "rules", "iterations", "pdfs"), out, err);
                case "serve" -> ServeCommand.run(Options.parse(rest, "port", "rules", "host", "token", "watch", "db", "data"), out, err);
                default -> {
                    err.println("未知命令：" + args[0]);
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (Options.UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }
}
