package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.TextFlag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds checkable statements in the narrative: amounts of named subjects, shares, year-on-year
 * changes, completion rates, counts and project self-evaluations. Works sentence by sentence on
 * the joined narrative so numbers split over lines are whole again.
 */
final class ClaimExtractor {
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(亿元|万元|元)");
    private static final Pattern CHANGE = Pattern.compile(
            "(增加|减少|增长|下降|降低|上升)了?\\s*(\\d+(?:\\.\\d+)?)\\s*万元(?:\\s*[,，]?\\s*(增长|下降|降低|减少|增加|上升)了?\\s*(\\d+(?:\\.\\d+)?)\\s*%)?");
    private static final Pattern SHARE = Pattern.compile("占([^0-9%。；;，,]{0,16}?)\\s*(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern RATE = Pattern.compile(
            "(?:完成(?:年初|全年)?预算的|预算完成率为?|完成率为?|执行率为?|预算执行率为?)\\s*(\\d+(?:\\.\\d+)?)\\s*%");
    /** From "预算" on: "预算 A 万元，实际执行 B 万元[，完成率 R%][，绩效自评价结果为:优]". */
    private static final Pattern PROJECT_EVAL = Pattern.compile(
            "预算(?:数|金额)?为?\\s*(\\d+(?:\\.\\d+)?)\\s*万元[,，]\\s*"
                    + "(?:实际执行|执行数|实际支出|执行金额|实际完成)为?\\s*(\\d+(?:\\.\\d+)?)\\s*万元"
                    + "(?:[,，]\\s*(?:完成率|执行率|完成)为?\\s*(\\d+(?:\\.\\d+)?)\\s*%)?"
                    + "(?:[,，]\\s*(?:绩效)?(?:自评价?|评价)(?:结果|等级)?为?\\s*[:：]?\\s*([优良中差]))?");
    private static final Pattern COUNT = Pattern.compile(
            "(?:项目(?:共|总数为?|数量为?)?|共有?|对)\\s*(\\d+)\\s*个(?:项目)?|(\\d+)\\s*个项目(?=进行|开展|实施)");
    private static final Pattern RATING_COUNT = Pattern.compile("(\\d+)\\s*个项目?(?:的)?(?:绩效)?自评(?:结果|等级)?为\\s*([优良中差])");
    private static final Pattern UNFILLED = Pattern.compile(
            "(主要(?:原因|用于)(?:是|为|包括)?\\s*[:：]?\\s*(?:[。；;]|$)|[（(]\\s*[）)]\\s*万元|(?:XX|xx|××|\\*\\*)\\s*(?:万元|%|个)|占\\s*%|为\\s*万元)");
    private static final Pattern ANNEX = Pattern.compile("(绩效目标表|绩效自评(?:表|情况表|结果)?)[^。]{0,12}见附件|见附件[^。]{0,6}(绩效目标表|绩效自评)");

    /** Longest stretch of narrative treated as one sentence. */
    static final int MAX_SENTENCE = 1500;
    /** Claims beyond this many are not extracted (a real disclosure has a few hundred). */
    static final int MAX_CLAIMS = 5000;
    private static final Pattern PRIOR_WORDS = Pattern.compile("(上年(?!结转|财政拨款结转)|去年|上一年|同期)");

    private final NarrativeText nt;
    private final Integer year;
    private final Pattern priorYear;
    private final DocumentKind kind;
    final List<Claim> claims = new ArrayList<>();
    final List<TextFlag> flags = new ArrayList<>();
    private int groupSeq;
    private double lastBase = Double.NaN;
    private int group;

    ClaimExtractor(NarrativeText nt, Integer year, DocumentKind kind) {
        this.nt = nt;
        this.year = year;
        this.kind = kind;
        this.priorYear = year == null ? null : Pattern.compile((year - 1) + "\\s*年");
    }

    /** One amount mention with its context. */
    record Mention(double value, int decimals, int start, int end, String subject, String subjectText,
                   boolean delta, boolean prior, boolean budgetInFinal, boolean actual) {
    }

    void extract() {
        String text = nt.text;
        List<int[]> sentences = sentences(text);
        List<List<Mention>> bySentence = new ArrayList<>(sentences.size());
        List<Mention> all = new ArrayList<>();
        for (int[] s : sentences) {
            List<Mention> ms = mentions(text, s[0], s[1]);
            bySentence.add(ms);
            all.addAll(ms);
        }
        boolean continues = false;
        for (int i = 0; i < sentences.size() && claims.size() < MAX_CLAIMS; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            int[] s = sentences.get(i);
            String sentence = text.substring(s[0], s[1]);
            if (!continues) {
                // A breakdown continues across sentences only when the previous one ended with "；".
                lastBase = Double.NaN;
            }
            String trimmed = sentence.strip();
            continues = trimmed.endsWith("；") || trimmed.endsWith(";");
            List<Mention> ms = bySentence.get(i);
            boolean evaluated = projectEvals(sentence, s[0]);
            for (Mention m : ms) {
                if (!m.delta && !m.prior && !m.budgetInFinal && m.subject != null) {
                    claims.add(new Claim.Amount(m.subject, m.subjectText, m.value, m.decimals,
                            text.substring(m.start, m.end), nt.span(m.start, m.end)));
                }
            }
            changes(sentence, s[0], window(all, s[0] - 200, s[1]));
            shares(sentence, s[0], ms, window(all, s[0] - 300, s[1]));
            if (!evaluated) {
                rates(sentence, s[0], ms);
            }
            counts(sentence, s[0]);
            flags(sentence, s[0]);
        }
    }

    /** Whether extraction stopped at {@link #MAX_CLAIMS}. */
    boolean truncated() {
        return claims.size() >= MAX_CLAIMS;
    }

    private static final String[] DELTA_WORDS = {"增加", "减少", "增长", "下降", "降低", "上升", "节约", "压减",
        "减", "增", "多", "少"};

    /** Whether a clause ends with a word of change ("增加", "减少了" ...), i.e. the amount is a delta. */
    static boolean endsWithDelta(String clause) {
        int end = clause.length();
        while (end > 0 && Character.isWhitespace(clause.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && clause.charAt(end - 1) == '了') {
            end--;
        }
        String c = clause.substring(0, end);
        for (String w : DELTA_WORDS) {
            if (c.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Mentions starting in [from, to), found by binary search over the document's mentions. */
    private static List<Mention> window(List<Mention> allMentions, int from, int to) {
        int lo = 0;
        int hi = allMentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (allMentions.get(mid).start < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < allMentions.size() && allMentions.get(end).start < to) {
            end++;
        }
        return allMentions.subList(lo, end);
    }

    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            // Very long "sentences" (no full stop for pages) are cut so work per sentence stays bounded.
            if (i == text.length() || text.charAt(i) == '。' || text.charAt(i) == '\n'
                    || (i - start >= MAX_SENTENCE && (text.charAt(i) == '，' || text.charAt(i) == ','
                    || i - start >= 2 * MAX_SENTENCE))) {
                if (i > start) {
                    out.add(new int[]{start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    private List<Mention> mentions(String text, int from, int to) {
        List<Mention> out = new ArrayList<>();
        if (!contains(text, '元', from, to)) {
            return out;
        }
        Matcher m = AMOUNT.matcher(text).region(from, to);
        int clauseFloor = from;
        while (m.find()) {
            String clause = clause(text, clauseFloor, m.start());
            double scale = switch (m.group(2)) {
                case "元" -> 0.0001;
                case "亿元" -> 10000;
                default -> 1;
            };
            int extra = m.group(2).equals("元") ? 4 : 0;
            Lexicon.Hit hit = Lexicon.lastSubject(clause);
            boolean delta = endsWithDelta(clause);
            boolean prior = isPrior(clause);
            boolean budget = kind == DocumentKind.FINAL_ACCOUNT && clause.contains("预算") && !clause.contains("决算");
            boolean actual = clause.contains("决算") || clause.contains("执行") || clause.contains("实际");
            out.add(new Mention(Double.parseDouble(m.group(1)) * scale, Amounts.decimals(m.group(1)) + extra,
                    m.start(), m.end(), hit == null ? null : hit.key(), hit == null ? "" : hit.words(),
                    delta, prior, budget, actual));
            clauseFloor = m.end();
        }
        return out;
    }

    /** Text from the last clause delimiter (or the previous amount) up to {@code end}. */
    private static String clause(String text, int floor, int end) {
        int start = floor;
        for (int i = end - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '，' || c == ',' || c == '；' || c == ';' || c == '、' || c == '。') {
                start = i + 1;
                break;
            }
        }
        return text.substring(start, end);
    }

    private boolean isPrior(String clause) {
        if (PRIOR_WORDS.matcher(clause).find()) {
            return true;
        }
        return priorYear != null && priorYear.matcher(clause).find();
    }

    private void changes(String sentence, int offset, List<Mention> all) {
        if (!hasAny(sentence, "增减降升")) {
            return;
        }
        Matcher m = CHANGE.matcher(sentence);
        while (m.find()) {
            int at = offset + m.start();
            boolean increase = m.group(1).matches("增加|增长|上升");
            String pctWord = m.group(3);
            if (pctWord != null && pctWord.matches("增加|增长|上升") != increase) {
                continue;
            }
            double delta = Double.parseDouble(m.group(2));
            double pct = m.group(4) == null ? Double.NaN : Double.parseDouble(m.group(4));
            Mention current = chooseCurrent(all, at, offset, delta, increase, pct);
            if (current == null) {
                continue;
            }
            Lexicon.Hit own = Lexicon.lastSubject(sentence.substring(0, m.start()));
            String subject = own != null ? own.key() : current.subject;
            String subjectText = own != null ? own.words() : current.subjectText;
            Claim.Change c = new Claim.Change(subject == null ? "" : subject, subjectText, current.value,
                    current.decimals, delta, Amounts.decimals(m.group(2)), increase, pct,
                    m.group(4) == null ? 0 : Amounts.decimals(m.group(4)), false,
                    nt.text.substring(current.start, offset + m.end()), nt.span(current.start, offset + m.end()));
            if (!claims.contains(c)) {
                claims.add(c);
            }
        }
    }

    /**
     * The current-year amount a change refers to: among amounts up to 200 characters before it
     * that are not themselves changes or prior-year figures, the one that best reproduces the
     * stated rate (the nearest one when no rate is stated).
     */
    private static Mention chooseCurrent(List<Mention> all, int at, int sentenceStart, double delta,
                                         boolean increase, double pct) {
        Mention best = null;
        double bestErr = Double.MAX_VALUE;
        for (Mention c : all) {
            if (c.end > at || c.start < Math.min(sentenceStart, at - 200) || c.delta || c.prior || c.budgetInFinal) {
                continue;
            }
            double prior = increase ? c.value - delta : c.value + delta;
            if (prior <= 0) {
                continue;
            }
            double err = Double.isNaN(pct) ? at - c.end : Math.abs(delta / prior * 100 - pct);
            if (err <= bestErr) {
                best = c;
                bestErr = err;
            }
        }
        return best;
    }

    private void shares(String sentence, int offset, List<Mention> inSentence, List<Mention> all) {
        if (sentence.indexOf('占') < 0) {
            return;
        }
        Matcher m = SHARE.matcher(sentence);
        while (m.find()) {
            int at = offset + m.start();
            Mention part = null;
            for (Mention c : inSentence) {
                if (c.end <= at && !c.delta) {
                    part = c;
                }
            }
            if (part == null) {
                continue;
            }
            double pct = Double.parseDouble(m.group(2));
            if (part.value == 0 && pct == 0) {
                continue;
            }
            Mention base = chooseBase(part, pct, all, offset);
            if (base == null) {
                continue;
            }
            if (base.value != lastBase) {
                group = ++groupSeq;
                lastBase = base.value;
            }
            claims.add(new Claim.Share(part.subject == null ? "" : part.subject, part.subjectText, part.value,
                    part.decimals, base.value, base.decimals, base.subject == null ? "" : base.subject, pct,
                    Amounts.decimals(m.group(2)), group, nt.text.substring(part.start, offset + m.end()),
                    nt.span(part.start, offset + m.end())));
        }
    }

    /**
     * The whole a share refers to: among amounts up to 300 characters before the part (not after
     * it), the one that best reproduces the stated percentage; ties go to the nearest.
     */
    private static Mention chooseBase(Mention part, double pct, List<Mention> all, int sentenceStart) {
        Mention best = null;
        double bestErr = Double.MAX_VALUE;
        for (Mention c : all) {
            if (c == part || c.start >= part.start || c.start < sentenceStart - 300 || c.delta || c.value <= 0
                    || c.value < part.value) {
                continue;
            }
            double err = Math.abs(part.value / c.value * 100 - pct);
            if (err < bestErr - 1e-9 || (Math.abs(err - bestErr) < 1e-9 && best != null && c.start > best.start)) {
                best = c;
                bestErr = err;
            }
        }
        return best;
    }

    private void rates(String sentence, int offset, List<Mention> ms) {
        if (sentence.indexOf('%') < 0 || ms.size() < 2) {
            return;
        }
        Matcher m = RATE.matcher(sentence);
        while (m.find()) {
            int at = offset + m.start();
            Mention budget = null;
            Mention actual = null;
            for (Mention c : ms) {
                if (c.end > at) {
                    break;
                }
                String clause = clause(nt.text, offset, c.start);
                if (clause.contains("预算") && !clause.contains("决算") && !clause.contains("执行")) {
                    budget = c;
                    actual = null;
                } else if (budget != null && (clause.contains("决算") || clause.contains("执行")
                        || clause.contains("实际") || clause.contains("支出"))) {
                    actual = c;
                }
            }
            if (budget == null || actual == null) {
                continue;
            }
            Lexicon.Hit hit = Lexicon.lastSubject(sentence.substring(0, Math.max(0, budget.start - offset)));
            String pct = m.group(1);
            claims.add(new Claim.Rate(hit == null ? (budget.subject == null ? "" : budget.subject) : hit.key(),
                    hit == null ? budget.subjectText : hit.words(), budget.value, budget.decimals, actual.value,
                    actual.decimals, Double.parseDouble(pct), Amounts.decimals(pct),
                    nt.text.substring(budget.start, offset + m.end()), nt.span(budget.start, offset + m.end())));
        }
    }

    /**
     * Project self-evaluations stated in the narrative. The pattern is anchored at each "预算";
     * the project name is the text back to the previous clause delimiter, which keeps the cost
     * linear in the sentence length.
     */
    private boolean projectEvals(String sentence, int offset) {
        if (!sentence.contains("预算") || !(sentence.contains("执行") || sentence.contains("实际"))) {
            return false;
        }
        Matcher m = PROJECT_EVAL.matcher(sentence);
        boolean any = false;
        for (int at = sentence.indexOf("预算"); at >= 0; at = sentence.indexOf("预算", at + 2)) {
            m.region(at, sentence.length());
            if (!m.lookingAt()) {
                continue;
            }
            int nameEnd = at;
            if (nameEnd >= 2 && sentence.startsWith("年初", nameEnd - 2)) {
                nameEnd -= 2;
            }
            while (nameEnd > 0 && Character.isWhitespace(sentence.charAt(nameEnd - 1))) {
                nameEnd--;
            }
            if (nameEnd == 0 || ",，".indexOf(sentence.charAt(nameEnd - 1)) < 0) {
                continue;
            }
            nameEnd--;
            int nameStart = nameEnd;
            while (nameStart > 0 && nameEnd - nameStart < 60 && ",，;；。:：".indexOf(sentence.charAt(nameStart - 1)) < 0) {
                nameStart--;
            }
            String name = sentence.substring(nameStart, nameEnd);
            if (name.endsWith("项目")) {
                name = name.substring(0, name.length() - 2);
            }
            name = name.replaceAll("^[\\s(（]*\\d+[)）.、]\\s*", "").trim();
            if (name.length() < 2) {
                continue;
            }
            claims.add(new Claim.ProjectEval(name, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    m.group(3) == null ? Double.NaN : Double.parseDouble(m.group(3)),
                    m.group(4) == null ? "" : m.group(4), m.group(4) != null, Double.NaN, "narrative",
                    sentence.substring(nameStart, m.end()).trim(), nt.span(offset + nameStart, offset + m.end())));
            any = true;
        }
        return any;
    }

    private void counts(String sentence, int offset) {
        if (sentence.indexOf('个') < 0) {
            return;
        }
        Matcher m = COUNT.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 12), m.start());
            String matched = m.group();
            boolean projects = matched.startsWith("项目") || matched.contains("个项目");
            if (!projects || before.matches(".*(类|以上|其中|重点|新增|预算支出\\s*\\d*).*")
                    || sentence.substring(m.end()).matches("^\\s*(自评|的绩效自评)?结果为.*")) {
                continue;
            }
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            claims.add(new Claim.Count("PROJECTS", Integer.parseInt(n), matched,
                    nt.span(offset + m.start(), offset + m.end())));
        }
        Matcher r = RATING_COUNT.matcher(sentence);
        while (r.find()) {
            claims.add(new Claim.Count("RATING:" + r.group(2), Integer.parseInt(r.group(1)), r.group(),
                    nt.span(offset + r.start(), offset + r.end())));
        }
    }

    private void flags(String sentence, int offset) {
        boolean template = sentence.contains("主要") || hasAny(sentence, "Xx×*") || sentence.contains("占%")
                || sentence.contains("占 %") || sentence.contains("为 万元") || sentence.contains("为万元")
                || sentence.contains(")万元") || sentence.contains(") 万元");
        Matcher u = UNFILLED.matcher(template ? sentence : "");
        while (u.find()) {
            int s = Math.max(0, u.start() - 20);
            flags.add(new TextFlag("UNFILLED", sentence.substring(s, u.end()).trim(),
                    nt.span(offset + u.start(), offset + u.end())));
        }
        Matcher a = ANNEX.matcher(sentence.contains("附件") ? sentence : "");
        while (a.find()) {
            String what = a.group(1) != null ? a.group(1) : a.group(2);
            flags.add(new TextFlag(what.contains("自评") ? "ANNEX:PERF_SELF_EVAL" : "ANNEX:PERF_TARGET", a.group(),
                    nt.span(offset + a.start(), offset + a.end())));
        }
    }
}
