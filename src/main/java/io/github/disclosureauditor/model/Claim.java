package io.github.disclosureauditor.model;

/**
 * A statement of the narrative that a rule can check. Subjects are lexicon keys such as
 * {@code EXPENSE}, {@code BASIC}, {@code FUNC:208}, {@code 3P:TOTAL} (see parse.Lexicon).
 */
public sealed interface Claim permits Claim.Amount, Claim.Share, Claim.Change, Claim.Rate, Claim.Count,
        Claim.ProjectEval {

    SourceSpan span();

    String text();

    /** "subject 912.63 万元". */
    record Amount(String subject, String subjectText, double value, int decimals, String text, SourceSpan span)
            implements Claim {
    }

    /** "part 占 percent%" of {@code whole}; {@code group} links the shares of one breakdown. */
    record Share(String subject, String subjectText, double part, int partDecimals, double whole, int wholeDecimals,
                 String wholeSubject, double percent, int percentDecimals, int group, String text, SourceSpan span)
            implements Claim {
    }

    /**
     * "current, 增加/减少 delta, 增长/下降 percent%". {@code percent} is NaN when only the
     * amount of change is stated; {@code flat} marks "持平/无变化".
     */
    record Change(String subject, String subjectText, double current, int currentDecimals, double delta,
                  int deltaDecimals, boolean increase, double percent, int percentDecimals, boolean flat,
                  String text, SourceSpan span) implements Claim {
        public boolean hasPercent() {
            return !Double.isNaN(percent);
        }
    }

    /** "预算 budget, 决算/执行 actual, 完成 percent%". */
    record Rate(String subject, String subjectText, double budget, int budgetDecimals, double actual,
                int actualDecimals, double percent, int percentDecimals, String text, SourceSpan span)
            implements Claim {
    }

    /** "N 个" of something countable, e.g. projects. */
    record Count(String subject, int count, String text, SourceSpan span) implements Claim {
    }

    /**
     * A project's self-evaluation: budget, executed amount, stated completion rate (NaN when not
     * stated), rating 优/良/中/差 (derived from the score when not printed: {@code ratingStated}
     * says which) and score (NaN when not stated).
     */
    record ProjectEval(String name, double budget, double actual, double statedRate, String rating,
                       boolean ratingStated, double score, String source, String text, SourceSpan span)
            implements Claim {
    }
}
