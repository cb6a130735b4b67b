package io.github.disclosureauditor.cli;

import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.ingest.DocumentReaders;
import io.github.disclosureauditor.parse.DisclosureParser;
import io.github.disclosureauditor.report.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code parse}: prints the document model as JSON. */
final class ParseCommand {
    private final PrintStream out;
    private final PrintStream err;

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Options o) throws Options.UsageException {
        String format = o.get("format", "json");
        if (!format.equals("json") && !format.equals("text")) {
            throw new Options.UsageException("parse 的 --format 只能是 json 或 text");
        }
        if (o.positional().size() != 1) {
            throw new Options.UsageException("parse 需要且只需要一个文件");
        }
        Path file = Path.of(o.positional().get(0));
        try {
            var doc = new DisclosureParser().parse(new DocumentReaders().read(Files.readAllBytes(file)));
            out.println(format.equals("text") ? io.github.disclosureauditor.report.ParseReport.write(doc,
                    o.get("rows", "false").equals("true")) : Json.write(doc, true));
            return 0;
        } catch (IOException e) {
            err.println(file + "：无法读取（" + e.getMessage() + "）");
            return 2;
        } catch (InputException e) {
            err.println(file + "：" + e.getMessage() + "（" + e.code() + "）");
            return 2;
        }
    }
}
