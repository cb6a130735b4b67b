package io.github.disclosureauditor.cli;

import io.github.disclosureauditor.bench.Benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code bench}: prints performance figures on the given documents (default: seeds/). */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) throws Options.UsageException {
        int iterations;
        try {
            iterations = Integer.parseInt(o.get("iterations", "1000"));
        } catch (NumberFormatException e) {
            throw new Options.UsageException("--iterations 需要整数");
        }
        try {
            List<Path> files = Inputs.expand(o.positional().isEmpty() ? List.of("seeds") : o.positional());
            if (files.isEmpty()) {
                err.println("没有可测的文档");
                return 2;
            }
            new Benchmark(Path.of(o.get("rules", "rules")), files, out).run(iterations);
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
