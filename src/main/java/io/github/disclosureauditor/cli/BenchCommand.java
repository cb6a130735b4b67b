package io.github.disclosureauditor.cli;

import io.github.disclosureauditor.bench.Benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bench}: prints performance figures on the given documents (default: the seed texts at
 * the top of seeds/), and on PDFs against pdftotext (default: seeds/corpus/pdf; --pdfs none skips).
 */
final class BenchCommand {
    private BenchCommand() {
    }

    private static boolean isPdf(Path p) {
        return p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    static int run(Options o, PrintStream out, PrintStream err) throws Options.UsageException {
        int iterations;
        try {
            iterations = Integer.parseInt(o.get("iterations", "1000"));
        } catch (NumberFormatException e) {
            throw new Options.UsageException("--iterations 需要整数");
        }
        try {
            List<Path> given = o.positional().isEmpty() ? Inputs.topLevel(Path.of("seeds")) : Inputs.expand(o.positional());
            List<Path> files = given.stream().filter(p -> !isPdf(p)).toList();
            List<Path> pdfs = new java.util.ArrayList<>(given.stream().filter(BenchCommand::isPdf).toList());
            String pdfDir = o.get("pdfs", o.positional().isEmpty() ? "seeds/corpus/pdf" : "none");
            if (!pdfDir.equals("none") && java.nio.file.Files.isDirectory(Path.of(pdfDir))) {
                pdfs.addAll(Inputs.expand(List.of(pdfDir)).stream().filter(BenchCommand::isPdf).toList());
            }
            if (files.isEmpty()) {
                err.println("没有可测的文本文档（PDF 之外至少需要一个）");
                return 2;
            }
            new Benchmark(Path.of(o.get("rules", "rules")), files, pdfs, out).run(iterations);
            return 0;
        } catch (IOException e) {
            err.println("无法读取文档：" + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("基准测试失败：" + e.getMessage());
            return 2;
        }
    }
}
