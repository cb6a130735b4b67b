package io.github.disclosureauditor.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.disclosureauditor.TestSupport;
import io.github.disclosureauditor.audit.Auditor;
import io.github.disclosureauditor.ingest.InputException;
import io.github.disclosureauditor.report.AuditReport;
import io.github.disclosureauditor.report.Json;
import io.github.disclosureauditor.server.ServerOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Java twin of {@code tools/score.py}: audits every document of the development corpus
 * (seeds/corpus) in-process and scores the findings against the hand-checked answer keys, with
 * score.py's matching and figures (see its docstring and {@link Criterion}). Each finding is
 * judged on the JSON that {@code audit --format json} prints for it, read back and re-serialised
 * the way score.py's {@code json.dumps} does, so the mention check sees the same text.
 *
 * <p>Developers: {@code mvn -B test -Dtest=CorpusScoreTest} (add {@code -Dcorpus.verbose=true}
 * for misses and unmatched findings), or without Maven's test run, from the project root:
 * {@code mvn -B -q package -DskipTests && java -Xmx1g -cp target/disclosure-auditor.jar:target/test-classes
 * io.github.disclosureauditor.corpus.CorpusScore [--pdf] [--verbose]}.
 */
public final class CorpusScore {
    static final Path CORPUS = Path.of("seeds/corpus");

    /** Text mode audits txt/NAME and checks lines; PDF mode audits pdf/STEM.pdf where it exists, lines unchecked. */
    public enum Mode {
        TEXT, PDF;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Everything one run printed. */
    record Run(Mode mode, List<DocumentScore> documents, ScoreSummary summary) {
        List<String> report(boolean verbose) {
            List<String> out = new ArrayList<>();
            documents.forEach(d -> out.addAll(d.report(verbose)));
            out.add(summary.line());
            return out;
        }
    }

    private record Planned(String name, AnswerKey key, Path file) {
    }

    /** One document's audit JSON as score.py would read it, or why there is none. */
    private record Outcome(JsonNode report, String error) {
    }

    private CorpusScore() {
    }

    public static void main(String[] args) throws IOException {
        List<String> a = Arrays.asList(args);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        run(a.contains("--pdf") ? Mode.PDF : Mode.TEXT, TestSupport.auditor()).report(a.contains("--verbose"))
                .forEach(out::println);
        System.exit(0);
    }

    static Run run(Mode mode, Auditor auditor) throws IOException {
        List<Planned> plan = plan(mode);
        long start = System.nanoTime();
        List<Outcome> outcomes = auditAll(auditor, plan.stream().map(Planned::file).toList());
        double seconds = (System.nanoTime() - start) / 1e9;
        List<DocumentScore> scores = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            scores.add(score(plan.get(i), outcomes.get(i), mode == Mode.TEXT));
        }
        return new Run(mode, scores, ScoreSummary.of(scores, seconds));
    }

    /** score.py's plan: every answer key in name order, with the file it is scored on. */
    private static List<Planned> plan(Mode mode) throws IOException {
        List<Planned> plan = new ArrayList<>();
        for (Map.Entry<String, AnswerKey> e : AnswerKey.readAll(CORPUS.resolve("gold")).entrySet()) {
            String name = e.getKey();
            if (mode == Mode.TEXT) {
                plan.add(new Planned(name, e.getValue(), CORPUS.resolve("txt").resolve(name)));
            } else {
                int dot = name.lastIndexOf('.');
                Path pdf = CORPUS.resolve("pdf").resolve((dot > 0 ? name.substring(0, dot) : name) + ".pdf");
                if (Files.exists(pdf)) {
                    plan.add(new Planned(name, e.getValue(), pdf));
                }
            }
        }
        return plan;
    }

    private static DocumentScore score(Planned p, Outcome o, boolean useLines) {
        if (o.error() != null || PythonJson.truthy(o.report().get("error"))) {
            return DocumentScore.crash(p.name(), p.key(), o.error() != null ? o.error() : o.report().get("error").asText());
        }
        List<ReportedFinding> fs = new ArrayList<>();
        o.report().path("findings").forEach(f -> fs.add(ReportedFinding.of(f)));
        return DocumentScore.score(p.name(), p.key(), fs, useLines);
    }

    /** In parallel on all cores like the CLI's batch; results in input order. */
    private static List<Outcome> auditAll(Auditor auditor, List<Path> files) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> audit(auditor, f)));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What the CLI's {@code audit --format json} does for one file (size limit, time limit, the
     * same report record and mapper), then what score.py does with the line: reads it as UTF-8,
     * loses it if splitlines() would cut it, parses it. The CLI sends an error to stderr, which
     * score.py counts as NO RESULT; here the error text is kept for the message.
     */
    private static Outcome audit(Auditor auditor, Path file) throws IOException {
        String json;
        try {
            if (Files.size(file) > ServerOptions.DEFAULT_MAX_BYTES) {
                return new Outcome(null, "larger than the CLI's size limit (PAYLOAD_TOO_LARGE)");
            }
            Auditor.Result r = auditor.audit(Files.readAllBytes(file), ServerOptions.TIME_LIMIT);
            json = Json.write(AuditReport.of(file.toString(), r), false);
        } catch (IOException e) {
            return new Outcome(null, "cannot read (" + e + ")");
        } catch (InputException e) {
            return new Outcome(null, e.getMessage() + " (" + e.code() + ")");
        } catch (RuntimeException e) {
            return new Outcome(null, "audit failed (" + e + ")");
        }
        // The CLI writes UTF-8, which turns an unpaired surrogate into '?'.
        json = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        if (PythonJson.hasPythonLineBreak(json)) {
            return new Outcome(null, "report holds U+0085/U+2028/U+2029, where score.py's splitlines() cuts it");
        }
        return new Outcome(Json.mapper().readTree(json), null);
    }
}
