package io.github.disclosureauditor.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The corpus score may not get worse than {@value #FILE}: per mode ({@code text.*}, {@code pdf.*})
 * minimum required and optional hits and lower-bound precision, maximum unmatched serious
 * findings, must-not violations and crashes. A missing key is an error, so a floor cannot vanish.
 */
final class Floors {
    static final String FILE = "src/test/resources/corpus/floor.properties";

    /** A figure that must stay at or above (min) or at or below (max) its floor. */
    private record Figure(String key, String what, boolean atLeast, Function<ScoreSummary, Fraction> value) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("recall.hits.min", "required findings found (recall)", true, s -> count(s.requiredHits())),
            new Figure("optional.hits.min", "optional findings found", true, s -> count(s.optionalHits())),
            new Figure("precision.min", "lower-bound precision (matched serious / serious)", true, Floors::precision),
            new Figure("unmatchedSerious.max", "unmatched serious findings", false, s -> count(s.unmatchedSerious())),
            new Figure("mustNot.violations.max", "must-not violations", false, s -> count(s.mustNotViolations())),
            new Figure("crashes.max", "crashes (documents without a result)", false, s -> count(s.crashes())));

    private final Properties values;

    private Floors(Properties values) {
        this.values = values;
    }

    static Floors of(Properties values) {
        return new Floors(values);
    }

    static Floors load() {
        try (InputStream in = Floors.class.getResourceAsStream("/corpus/floor.properties")) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the test classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One message per figure worse than its floor (empty when none is). */
    List<String> regressions(CorpusScore.Mode mode, ScoreSummary s) {
        List<String> out = new ArrayList<>();
        for (Figure f : FIGURES) {
            String key = mode.key() + "." + f.key();
            Fraction floor = floor(key);
            Fraction value = f.value().apply(s);
            int c = value.compareTo(floor);
            if (f.atLeast() ? c < 0 : c > 0) {
                out.add(mode.key() + " " + f.what() + " regressed: " + show(value) + ", floor " + key + "="
                        + values.getProperty(key).trim() + (f.atLeast() ? " (minimum)" : " (maximum)"));
            }
        }
        return out;
    }

    /** Figures now better than their floor, as the stricter value to write into the file. */
    List<String> slack(CorpusScore.Mode mode, ScoreSummary s) {
        List<String> out = new ArrayList<>();
        for (Figure f : FIGURES) {
            String key = mode.key() + "." + f.key();
            Fraction value = f.value().apply(s);
            int c = value.compareTo(floor(key));
            if (f.atLeast() ? c > 0 : c < 0) {
                out.add(key + "=" + show(value) + " (now " + values.getProperty(key).trim() + ")");
            }
        }
        return out;
    }

    private Fraction floor(String key) {
        String v = values.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("floor " + key + " missing in " + FILE);
        }
        return Fraction.parse(v);
    }

    private static Fraction count(int n) {
        return Fraction.of(n, 1);
    }

    /** score.py's lower bound, exactly: 1 when nothing serious was reported. */
    private static Fraction precision(ScoreSummary s) {
        return s.serious() == 0 ? count(1) : Fraction.of(s.matchedSerious(), s.serious());
    }

    private static String show(Fraction f) {
        return f.denominator().equals(BigInteger.ONE) ? f.numerator().toString() : f.toString();
    }
}
