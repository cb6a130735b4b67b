package io.github.disclosureauditor.model;

import java.util.List;

/**
 * A statement of the narrative that a rule can check. Subjects are lexicon keys such as
 * {@code EXPENSE}, {@code BASIC}, {@code FUNC:208}, {@code 3P:TOTAL} (see parse.Lexicon), or
 * {@code PATH:…} for a function subject written as "X（类）Y（款）Z（项）", which the facts
 * resolve against the tables' codes. An empty subject means the statement's subject could not
 * be placed; such a claim is never compared with a table.
 */
public sealed interface Claim permits Claim.Amount, Claim.Share, Claim.Change, Claim.Rate, Claim.Count,
        Claim.ProjectEval {

    SourceSpan span();

    String text();

    /**
     * "subject 912.63 万元" with the money it is stated for ({@code scope}; UNKNOWN when the
     * sentence does not say) and the year or base ({@code basis}: this year, last year, the
     * initial budget …). {@code path} holds the names of a "类/款/项" subject, outermost first.
     */
    record Amount(String subject, String subjectText, List<String> path, FundScope scope, Basis basis, double value,
                  int decimals, String text, SourceSpan span) implements Claim {
        public Amount {
            path = List.copyOf(path);
        }

        public boolean resolved() {
            return !subject.isEmpty();
        }
    }

    /**
     * "part 占 percent%" of a whole: {@code whole} is the amount the narrative gives for it (NaN
     * when it gives none; then {@code wholeSubject} names it for the tables), {@code group}
     * links the shares of one breakdown. {@code wholeNamed} when the sentence names the whole
     * ("占“三公”经费的"), else the whole was taken as the amount that best explains the share.
     */
    record Share(String subject, String subjectText, double part, int partDecimals, double whole, int wholeDecimals,
                 String wholeSubject, boolean wholeNamed, double percent, int percentDecimals, int group, String text,
                 SourceSpan span) implements Claim {
        public boolean hasWhole() {
            return !Double.isNaN(whole) && whole > 0;
        }
    }

    /**
     * A change on a base: "current, 增加/减少 delta, 增长/下降 percent%", or "prior … current,
     * 增加 percent%". {@code delta} is the stated change, or |current − prior| when only the two
     * amounts are given ({@code deltaStated} false); {@code prior} is the base amount when stated
     * (NaN otherwise); {@code percent} is NaN when no rate is stated; {@code flat} marks
     * "持平/无变化"; {@code basis} names what it is compared with (上年, 上年预算执行数, 年初预算 …).
     */
    record Change(String subject, String subjectText, FundScope scope, Basis basis, double current,
                  int currentDecimals, double prior, int priorDecimals, double delta, int deltaDecimals,
                  boolean deltaStated, boolean increase, double percent, int percentDecimals, boolean flat,
                  String text, SourceSpan span) implements Claim {
        public boolean hasPercent() {
            return !Double.isNaN(percent);
        }

        public boolean hasPrior() {
            return !Double.isNaN(prior);
        }

        /** The base the change is measured from: the stated prior, else current ∓ delta. */
        public double baseAmount() {
            return hasPrior() ? prior : increase ? current - delta : current + delta;
        }
    }

    /** "预算 budget, 决算/执行 actual, 完成 percent%"; budget NaN when the item's own budget is not stated. */
    record Rate(String subject, String subjectText, double budget, int budgetDecimals, double actual,
                int actualDecimals, double percent, int percentDecimals, String text, SourceSpan span)
            implements Claim {
    }

    /** "N 个" of something countable, e.g. projects. */
    record Count(String subject, int count, String text, SourceSpan span) implements Claim {
    }

    /**
     * A project's self-evaluation: budget, executed amount, stated completion rate (NaN when not
     * stated), rating 优/良/中/差 as printed (empty when not printed: the score bands that would
     * give one are policy, in rules/policy.drl; {@code ratingStated} says whether one was printed)
     * and score (NaN when not stated).
     */
    record ProjectEval(String name, double budget, double actual, double statedRate, String rating,
                       boolean ratingStated, double score, String source, String text, SourceSpan span)
            implements Claim {
    }
}
