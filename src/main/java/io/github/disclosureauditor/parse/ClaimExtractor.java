package io.github.disclosureauditor.parse;

import io.github.disclosureauditor.vocabulary.Enumerators;
import io.github.disclosureauditor.vocabulary.Lexicon;
import io.github.disclosureauditor.model.Basis;
import io.github.disclosureauditor.model.Claim;
import io.github.disclosureauditor.model.DocumentKind;
import io.github.disclosureauditor.model.FundScope;
import io.github.disclosureauditor.model.TextFlag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds checkable statements in the narrative: amounts of named subjects, shares, changes,
 * completion rates, counts and project self-evaluations. Works sentence by sentence on the
 * joined narrative so numbers split over lines are whole again. Every amount carries the
 * subject named right before it (or, in a clause that names none, the subject of its item),
 * the money it is stated for (财政拨款, 一般公共预算 …, from the sentence or the section
 * heading) and its year or base (本年, 上年, 上年预算执行数, 年初预算 …).
 */
final class ClaimExtractor {
    private static final StartPattern AMOUNT = StartPattern.compile("(?<![\\d.])(-?\\d+(?:\\.\\d+)?)\\s*(亿元|万元|元)",
            "-" + StartPattern.DIGITS);
    private static final StartPattern CHANGE = StartPattern.compile(
            "(增加|减少|增长|下降|降低|上升|节约|压减)了?\\s*(\\d+(?:\\.\\d+)?)\\s*万元"
                    + "(?:\\s*[,，]?\\s*(?:同比)?(增长|下降|降低|减少|增加|上升|增幅为?|降幅为?|减幅为?)了?\\s*(\\d+(?:\\.\\d+)?)\\s*%)?", "增减下降上节压");
    private static final StartPattern RATE_ONLY = StartPattern.compile(
            "(增加|减少|增长|下降|降低|上升|增幅为?|降幅为?|减幅为?)了?\\s*(\\d+(?:\\.\\d+)?)\\s*%", "增减下降上");
    private static final List<String> FLAT_WORDS = List.of("持平", "保持不变", "无变化", "没有变化", "相同", "一致");
    private static final StartPattern SHARE = StartPattern.compile(
            "占\\s*([^0-9%。；;，,]{0,20}?)\\s*(\\d+(?:\\.\\d+)?)\\s*%", "占");
    private static final StartPattern RATE = StartPattern.compile(
            "(?:完成(?:年初|全年|调整)?预算(?:数)?的|预算完成率为?|完成率为?|执行率为?|预算执行率为?|为(?:年初|全年)?预算的)\\s*(\\d+(?:\\.\\d+)?)\\s*%", "完预执为");
    private static final Pattern PROJECT_EVAL = Pattern.compile(
            "预算(?:数|金额)?为?\\s*(\\d+(?:\\.\\d+)?)\\s*万元[,，]\\s*"
                    + "(?:实际执行|执行数|实际支出|执行金额|实际完成)为?\\s*(\\d+(?:\\.\\d+)?)\\s*万元"
                    + "(?:[,，]\\s*(?:完成率|执行率|完成)为?\\s*(\\d+(?:\\.\\d+)?)\\s*%)?"
                    + "(?:[,，]\\s*(?:绩效)?(?:自评价?|评价)(?:结果|等级)?为?\\s*[:：]?\\s*([优良中差]))?");
    private static final StartPattern COUNT = StartPattern.compile(
            "(?:项目(?:共|总数为?|数量为?)?|共有?|对)\\s*(\\d+)\\s*个(?:项目)?|(\\d+)\\s*个项目(?=进行|开展|实施)", "项共对" + StartPattern.DIGITS);
    private static final StartPattern RATING_COUNT = StartPattern.compile(
            "(\\d+)\\s*个项目?(?:的)?(?:绩效)?自评(?:结果|等级)?为\\s*([优良中差])", StartPattern.DIGITS);
    private static final StartPattern UNFILLED = StartPattern.compile(
            "(主要(?:原因|用于)(?:是|为|包括)?\\s*[:：]?\\s*(?:[。；;]|$)|[（(]\\s*[）)]\\s*万元|(?:XX|xx|××|\\*\\*)\\s*(?:万元|%|个)|占\\s*%|(?<!转换|折算|换算|单位)为\\s*万元)", "主（(Xx×*占为");
    private static final Pattern PERF_TARGETS = Pattern.compile("\\s*(实行|纳入|编报|设定|开展)(了)?(预算)?绩效目标");

    /** "（按“部门预算公开06表 …”中实际发生经济分类支出事项填写）": the template's instruction to its filler, left in. */
    private static final StartPattern INSTRUCTION = StartPattern.compile(
            "[（(]\\s*(?:按|请|根据|参照|依据)[^（）()。]{2,80}?(?:填写|填列|填报)\\s*[）)]", "（(");

    /** "2017 年度部门预算公开表附后", "附件：…2019 年度部门预算公开表": the tables are said to follow. */
    private static final Pattern TABLES_ATTACHED = Pattern.compile(
            "(预算|决算)公开表[^。，]{0,6}(附后|见附件)|附件[:：][^。]{0,30}(预算|决算)公开表");
    private static final Pattern ANNEX = Pattern.compile("(?=[绩见])(绩效目标表|绩效自评(?:表|情况表|结果)?)[^。]{0,12}见附件|见附件[^。]{0,6}(绩效目标表|绩效自评)");
    private static final Pattern PRIOR_WORDS = Pattern.compile("(?=[上去同])(上年(?!结转|结余|财政拨款结转)|去年|上一年|同期|上年度)");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(预算数|决算数|执行数|该项|此项|本项)?(与|比|较|同比|相比|对比)\\s*(上年|上一年|去年|\\d{4}\\s*年?|年初|上年度)"
                    + "|^(与|比|较)?上年(相比|比较)?[,，]?(增加|减少|增长|下降)");
    private static final Pattern ITEM = Pattern.compile(
            "^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+\\s*[.．、](?!\\d)|[①-⑳])");
    private static final Pattern HEADING = Pattern.compile(
            "^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)[^。，；]{2,40}$");

    private static final Pattern FUND_NAMES = Pattern.compile(
            "(一般公共|政府性基金|国有资本经营|社会保险基金)预算|预算(单位|绩效|管理|公开)");

    /** "收、支总计各是A,B万元": income and expense totals stated together. */
    private static final Pattern TOTALS_PAIR = Pattern.compile(
            "(收入?)、(支出?)(总计|合计)各(是|为|增加|减少|增长|下降)?\\s*(\\d+(?:\\.\\d+)?)\\s*[,，、]\\s*(\\d+(?:\\.\\d+)?)\\s*(万元|亿元|元)");

    /** "二、公务接待费2万元": an item stating an amount, not a heading. */
    private static final Pattern AMOUNT_IN_HEADING = Pattern.compile("\\d\\s*(万元|元|亿元|%|％)");

    /** Longest stretch of narrative treated as one sentence. */
    static final int MAX_SENTENCE = 1500;
    /** Claims beyond this many are not extracted (a real disclosure has a few hundred). */
    static final int MAX_CLAIMS = 5000;

    private final NarrativeText nt;
    private final Integer year;
    private final Pattern priorYear;
    private final DocumentKind kind;
    final List<Claim> claims = new ArrayList<>();
    final List<TextFlag> flags = new ArrayList<>();
    private int groupSeq;
    /** The whole of the last share read and its group: a breakdown runs on across sentences. */
    private double lastShareWhole = Double.NaN;
    private String lastShareKey = "";
    private int lastShareGroup;
    private Mention lastWholeMention;
    private int lastShareEnd = -1000;
    private String lastShareFamily = "";

    /**
     * The kind of breakdown a subject belongs to: shares of function classes, of 基本/项目, of
     * 人员/公用, of 三公 items … A share of another kind starts another breakdown.
     */
    static String family(String key) {
        if (key.startsWith("FUNC:") || key.startsWith("PATH:")) {
            return "FUNC";
        }
        if (key.startsWith("3P:")) {
            return "3P";
        }
        if (key.startsWith("ECON:")) {
            return "ECON";
        }
        return switch (key) {
            case "BASIC", "PROJECT", "RESERVE" -> "PURPOSE";
            case "PERSONNEL", "PUBLIC" -> "BASIC_SPLIT";
            default -> key.isEmpty() ? "" : "OTHER";
        };
    }
    private String lastShareSubject = "";

    /**
     * 人员经费 + 公用经费 + 项目支出 is one breakdown of the total (基本支出 is the first two):
     * project spending may share a breakdown with the basic split, 基本支出 itself may not.
     */
    static boolean splitsWithProjects(String fam, String key, String lastFam, String lastKey) {
        boolean projectKey = key.equals("PROJECT") || key.equals("RESERVE");
        boolean lastProject = lastKey.equals("PROJECT") || lastKey.equals("RESERVE");
        return fam.equals("PURPOSE") && projectKey && lastFam.equals("BASIC_SPLIT")
                || fam.equals("BASIC_SPLIT") && lastFam.equals("PURPOSE") && lastProject;
    }

    /** The latest amount stated for each subject and basis, across paragraphs. */
    private final java.util.Map<String, Mention> latest = new java.util.HashMap<>();

    ClaimExtractor(NarrativeText nt, Integer year, DocumentKind kind) {
        this.nt = nt;
        this.year = year;
        this.kind = kind;
        this.priorYear = year == null ? null : Pattern.compile((year - 1) + "\\s*年");
    }

    /** One amount with its context: subject, scope, basis, and whether it is a change. */
    record Mention(double value, int decimals, int start, int end, SubjectFinder.Subject subject, boolean inherited,
                   FundScope scope, Basis basis, boolean delta) {
        String key() {
            return subject.key();
        }
    }

    void extract() {
        String text = nt.text;
        List<int[]> sentences = sentences(text);
        FundScope headingScope = FundScope.UNKNOWN;
        SubjectFinder.Subject itemSubject = SubjectFinder.Subject.NONE;
        List<Mention> previous = List.of();
        for (int i = 0; i < sentences.size() && claims.size() < MAX_CLAIMS; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            int[] s = sentences.get(i);
            String sentence = text.substring(s[0], s[1]);
            String trimmed = sentence.strip();
            boolean enumerated = Enumerators.mayStart(trimmed);
            if (enumerated && ITEM.matcher(trimmed).lookingAt()) {
                // A new enumerated item names its own subject.
                itemSubject = SubjectFinder.Subject.NONE;
            }
            if (enumerated && HEADING.matcher(trimmed).matches() && !AMOUNT_IN_HEADING.matcher(trimmed).find()) {
                FundScope h = scopeIn(trimmed);
                headingScope = h;
                itemSubject = SubjectFinder.Subject.NONE;
                previous = List.of();
                lastShareWhole = Double.NaN;
                continue;
            }
            List<Mention> ms = mentions(sentence, s[0], headingScope, itemSubject);
            for (Mention m : ms) {
                if (m.subject().found() && !m.inherited()) {
                    itemSubject = m.subject();
                }
            }
            boolean evaluated = projectEvals(sentence, s[0]);
            amounts(ms);
            changes(sentence, s[0], ms, previous);
            shares(sentence, s[0], ms, previous);
            if (!evaluated) {
                rates(sentence, s[0], ms);
            }
            counts(sentence, s[0]);
            flags(sentence, s[0]);
            for (Mention m : ms) {
                if (m.subject().found() && !m.delta()) {
                    latest.put(m.key() + "|" + m.basis(), m);
                }
            }
            List<Mention> both = new ArrayList<>(previous);
            both.addAll(ms);
            previous = both.size() > 40 ? both.subList(both.size() - 40, both.size()) : both;
        }
    }

    /** Whether extraction stopped at {@link #MAX_CLAIMS}. */
    boolean truncated() {
        return claims.size() >= MAX_CLAIMS;
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

    /** The money a sentence names, innermost word last: "一般公共预算财政拨款" is 一般公共预算. */
    static FundScope scopeIn(String text) {
        // "使用非财政拨款结余" names money that is not an appropriation.
        String s = text.replace("非财政拨款", "");
        if (s.contains("政府性基金")) {
            return FundScope.GOV_FUND;
        }
        if (s.contains("国有资本经营")) {
            return FundScope.STATE_CAPITAL;
        }
        if (s.contains("一般公共预算")) {
            return FundScope.GENERAL;
        }
        if (s.contains("财政拨款")) {
            return FundScope.FISCAL;
        }
        return FundScope.UNKNOWN;
    }

    private List<Mention> mentions(String sentence, int offset, FundScope scope, SubjectFinder.Subject item) {
        List<Mention> out = new ArrayList<>();
        if (sentence.indexOf('元') < 0) {
            return out;
        }
        Matcher pair = TOTALS_PAIR.matcher(sentence.indexOf('各') >= 0 ? sentence : "");
        int pairEnd = -1;
        if (pair.find()) {
            // "收、支总计各是4125.49,4143.91万元": two amounts, the first without its unit.
            double scale = pair.group(7).equals("元") ? 0.0001 : pair.group(7).equals("亿元") ? 10000 : 1;
            int extra = pair.group(7).equals("元") ? 4 : pair.group(7).equals("亿元") ? -4 : 0;
            String[] names = {"收入" + pair.group(3), "支出" + pair.group(3)};
            int[] starts = {pair.start(5), pair.start(6)};
            int[] ends = {pair.end(5), pair.end()};
            boolean change = pair.group(4) != null && !pair.group(4).matches("是|为");
            for (int k = 0; k < 2; k++) {
                String number = pair.group(5 + k);
                FundScope own = scopeIn(sentence.substring(0, pair.start()));
                out.add(new Mention(Double.parseDouble(number) * scale, Amounts.decimals(number) + extra,
                        offset + starts[k], offset + ends[k], change ? SubjectFinder.Subject.NONE : SubjectFinder.find(names[k]),
                        false, own != FundScope.UNKNOWN ? own : scope, basis(sentence.substring(0, pair.start(1)), ""),
                        change));
            }
            pairEnd = pair.end();
        }
        StartPattern.Finder mf = AMOUNT.in(sentence);
        Matcher m = mf.matcher();
        int floor = Math.max(0, pairEnd);
        SubjectFinder.Subject context = item;
        while (mf.find()) {
            if (m.start() < pairEnd) {
                continue;
            }
            String window = window(sentence, floor, m.start());
            double scale = switch (m.group(2)) {
                case "元" -> 0.0001;
                case "亿元" -> 10000;
                default -> 1;
            };
            int extra = switch (m.group(2)) {
                case "元" -> 4;
                case "亿元" -> -4;
                default -> 0;
            };
            boolean delta = endsWithDelta(window) || DELTA_VERB.matcher(window).find();
            SubjectFinder.Subject subject = delta ? SubjectFinder.Subject.NONE : SubjectFinder.find(window);
            boolean inherited = false;
            if (!subject.found() && !delta && context.found() && SubjectFinder.continues(window)) {
                subject = context;
                inherited = true;
            }
            if (subject.found() && !inherited) {
                context = subject;
            }
            String before = sentence.substring(Math.max(0, floor - 40), m.start());
            FundScope own = scopeIn(window);
            if (own == FundScope.UNKNOWN) {
                // A fund named earlier in the sentence governs it ("财政拨款支出…，其中教育支出 X 万元").
                own = scopeIn(sentence.substring(0, m.start()));
            }
            out.add(new Mention(Double.parseDouble(m.group(1)) * scale, Amounts.decimals(m.group(1)) + extra,
                    offset + m.start(), offset + m.end(), subject, inherited,
                    own != FundScope.UNKNOWN ? own : scope, basis(window, before), delta));
            floor = m.end();
        }
        return out;
    }

    /** Clause text from the last delimiter (or the previous amount) up to {@code end}. */
    private static String window(String s, int floor, int end) {
        int start = floor;
        for (int i = end - 1; i >= floor; i--) {
            char c = s.charAt(i);
            if (c == '，' || c == ',' || c == '；' || c == ';' || c == '。' || c == '、' && i < end - 1) {
                start = i + 1;
                break;
            }
        }
        return s.substring(start, end);
    }

    private Basis basis(String rawWindow, String before) {
        // "一般公共预算财政拨款收入" names a fund, not a budget figure.
        String window = FUND_NAMES.matcher(rawWindow).replaceAll("");
        boolean prior = PRIOR_WORDS.matcher(window).find() || priorYear != null && priorYear.matcher(window).find();
        if (prior) {
            if (window.contains("执行")) {
                return Basis.PRIOR_EXECUTED;
            }
            if (window.contains("决算")) {
                return Basis.PRIOR_FINAL;
            }
            if (window.contains("预算")) {
                return Basis.PRIOR_BUDGET;
            }
            return Basis.PRIOR;
        }
        if (window.contains("年初预算")) {
            return Basis.BUDGET;
        }
        if (window.contains("全年预算") || window.contains("调整预算") || window.contains("调整后预算")) {
            return Basis.ADJUSTED;
        }
        if (kind == DocumentKind.FINAL_ACCOUNT && window.contains("预算") && !window.contains("决算")
                && !window.contains("执行")) {
            return Basis.BUDGET;
        }
        return Basis.CURRENT;
    }

    /** "增加基本支出 844.15 万元": a verb of change anywhere before the amount in its clause. */
    private static final Pattern DELTA_VERB = Pattern.compile("增加|减少|增长|下降|降低|上升|压减|节约|调减|调增|追加|核减");

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

    private void amounts(List<Mention> ms) {
        for (Mention m : ms) {
            if (m.delta() || !m.subject().found()) {
                continue;
            }
            claims.add(new Claim.Amount(m.key(), m.subject().words(), m.subject().path(), m.scope(), m.basis(),
                    m.value(), m.decimals(), nt.text.substring(m.start(), m.end()), nt.span(m.start(), m.end())));
        }
    }

    /**
     * Changes: "current, 增加 D 万元, 增长 G%" (the current amount is the one before the change
     * that best reproduces the rate), and "prior …, current …, 增加 G%" where only the two amounts
     * and the rate are given. A change with no amount before it is not read.
     */
    private void changes(String sentence, int offset, List<Mention> ms, List<Mention> previous) {
        boolean hasChangeWord = hasAny(sentence, "增减降升节压")
                || FLAT_WORDS.stream().anyMatch(sentence::contains);
        if (!hasChangeWord) {
            return;
        }
        List<Mention> all = new ArrayList<>(previous);
        all.addAll(ms);
        List<int[]> used = new ArrayList<>();
        StartPattern.Finder mf = CHANGE.in(sentence);
        Matcher m = mf.matcher();
        while (mf.find()) {
            int at = offset + m.start();
            boolean increase = m.group(1).matches("增加|增长|上升");
            String pctWord = m.group(3);
            if (pctWord != null && pctWord.matches("增加|增长|上升|增幅为?") != increase) {
                continue;
            }
            double delta = Double.parseDouble(m.group(2));
            double pct = m.group(4) == null ? Double.NaN : Double.parseDouble(m.group(4));
            // The amount changed is stated in the same sentence, or in the one before when this
            // sentence only continues it ("…15,844.04 万元。与上年相比增加 1849.73 万元").
            boolean continues = CONTINUATION.matcher(sentence.strip()).lookingAt();
            Mention current = chooseCurrent(outsideAsides(continues ? all : ms, sentence, offset, m.start()), at,
                    offset, delta, increase, pct);
            if (current == null) {
                // "…“三公”经费预算为 2 万元。2025 年“三公”经费预算数比 2024 年增加 0.5 万元": the
                // sentence names the subject again; its amount was given just before.
                Lexicon.Hit named = Lexicon.lastSubject(sentence.substring(0, m.start()));
                if (named != null) {
                    List<Mention> same = new ArrayList<>();
                    for (Mention c : all) {
                        if (c.key().equals(named.key()) && !c.inherited()) {
                            same.add(c);
                        }
                    }
                    current = chooseCurrent(same, at, offset, delta, increase, pct);
                }
            }
            if (current == null) {
                continue;
            }
            Mention prior = priorOf(all, current, at);
            used.add(new int[]{m.start(), m.end()});
            add(new Claim.Change(current.key(), current.subject().words(), current.scope(),
                    baseOf(sentence.substring(0, m.start()), prior), current.value(), current.decimals(),
                    prior == null ? Double.NaN : prior.value(), prior == null ? 0 : prior.decimals(), delta,
                    Amounts.decimals(m.group(2)), true, increase, pct,
                    m.group(4) == null ? 0 : Amounts.decimals(m.group(4)), false,
                    nt.text.substring(current.start(), offset + m.end()), nt.span(current.start(), offset + m.end())));
        }
        StartPattern.Finder rf = RATE_ONLY.in(sentence);
        Matcher r = rf.matcher();
        while (rf.find()) {
            if (inside(used, r.start())) {
                continue;
            }
            int at = offset + r.start();
            Mention current = null;
            for (Mention c : ms) {
                if (c.end() <= at && !c.delta() && !c.basis().isPrior()) {
                    current = c;
                }
            }
            if (current == null) {
                continue;
            }
            Mention prior = priorOf(all, current, at);
            if (prior == null || !current.subject().found() || !prior.subject().found()) {
                // Without a named subject on both, the two amounts need not be one item's.
                continue;
            }
            boolean increase = r.group(1).matches("增加|增长|上升|增幅为?");
            double pct = Double.parseDouble(r.group(2));
            double delta = Math.abs(current.value() - prior.value());
            add(new Claim.Change(current.key(), current.subject().words(), current.scope(), prior.basis(),
                    current.value(), current.decimals(), prior.value(), prior.decimals(), delta,
                    Math.max(current.decimals(), prior.decimals()), false, increase, pct, Amounts.decimals(r.group(2)),
                    false, nt.text.substring(Math.min(prior.start(), current.start()), offset + r.end()),
                    nt.span(Math.min(prior.start(), current.start()), offset + r.end())));
        }
    }

    private void add(Claim.Change c) {
        if (!claims.contains(c)) {
            claims.add(c);
        }
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The base a change sentence names ("比2022年预算执行数增加", "较年初预算减少"). */
    private Basis baseOf(String before, Mention prior) {
        if (prior != null) {
            return prior.basis();
        }
        int from = Math.max(before.lastIndexOf('比'), Math.max(before.lastIndexOf('较'), before.lastIndexOf("与")));
        String phrase = from >= 0 ? before.substring(from) : "";
        Basis b = basis(phrase, "");
        return b == Basis.CURRENT ? Basis.PRIOR : b;
    }

    /** The prior-year amount of the current one's subject stated before the change, if any. */
    private static Mention priorOf(List<Mention> all, Mention current, int at) {
        Mention best = null;
        for (Mention c : all) {
            if (c == current || c.end() > at || c.delta() || !c.basis().isPrior()) {
                continue;
            }
            if (c.subject().found() && current.subject().found() && !c.key().equals(current.key())) {
                continue;
            }
            if (current.start() - c.end() > 300 && c.start() - current.end() > 300) {
                continue;
            }
            best = c;
        }
        return best;
    }

    /**
     * The current amount a change refers to: among amounts up to 200 characters before it that
     * are not themselves changes or prior-year figures, the one that best reproduces the stated
     * rate (the nearest one when no rate is stated).
     */
    /**
     * The mentions not inside an aside closed before the change: in "购置及运行维护费 7,634.75
     * 万元（其中：购置费 2,337.35 万元，运行维护费 5,297.40 万元），比年初预算增加 1833.7 万元" the
     * change is the item's, not its last part's. When every candidate is inside one, all are kept.
     */
    private static List<Mention> outsideAsides(List<Mention> mentions, String sentence, int offset, int before) {
        List<int[]> asides = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < before; i++) {
            char c = sentence.charAt(i);
            if ((c == '(' || c == '（') && open < 0) {
                open = i;
            } else if ((c == ')' || c == '）') && open >= 0) {
                asides.add(new int[]{offset + open, offset + i});
                open = -1;
            }
        }
        if (asides.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention c : mentions) {
            boolean inside = false;
            for (int[] a : asides) {
                if (c.start() > a[0] && c.end() <= a[1] + 1) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(c);
            }
        }
        return out.isEmpty() ? mentions : out;
    }

    private static Mention chooseCurrent(List<Mention> all, int at, int sentenceStart, double delta,
                                         boolean increase, double pct) {
        Mention best = null;
        double bestErr = Double.MAX_VALUE;
        for (Mention c : all) {
            if (c.end() > at || c.start() < Math.min(sentenceStart, at - 200) || c.delta() || c.basis().isPrior()) {
                continue;
            }
            double prior = increase ? c.value() - delta : c.value() + delta;
            double err = Double.isNaN(pct) || prior <= 0 ? at - c.end() : Math.abs(delta / prior * 100 - pct);
            if (err <= bestErr) {
                best = c;
                bestErr = err;
            }
        }
        return best;
    }

    /**
     * Shares: "part 占 [whole 的] P%". A named whole ("占“三公”经费的") is that subject's amount
     * stated in the narrative, or, when the narrative states none, left to the tables. Without
     * a named whole the share belongs to the total the sentence opens with ("…“三公”经费支出决算
     * 中，公务接待费 … 占 69%"), else to the amount that best explains it.
     */
    private void shares(String sentence, int offset, List<Mention> ms, List<Mention> previous) {
        if (sentence.indexOf('占') < 0) {
            return;
        }
        List<Mention> all = new ArrayList<>(previous);
        all.addAll(ms);
        StartPattern.Finder mf = SHARE.in(sentence);
        Matcher m = mf.matcher();
        while (mf.find()) {
            int at = offset + m.start();
            Mention part = null;
            for (Mention c : ms) {
                if (c.end() <= at && !c.delta()) {
                    part = c;
                }
            }
            if (part == null) {
                continue;
            }
            double pct = Double.parseDouble(m.group(2));
            if (part.value() == 0 && pct == 0) {
                continue;
            }
            String named = m.group(1).replaceAll("[的为]$", "").strip();
            Lexicon.Hit wholeHit = named.isEmpty() ? null : Lexicon.lastSubject(named);
            String wholeKey = "";
            boolean wholeNamed = false;
            Mention whole = null;
            if (wholeHit != null) {
                wholeKey = wholeHit.key();
                wholeNamed = true;
                whole = amountOf(all, wholeKey, part);
            } else if (named.isEmpty()) {
                Mention lead = leadTotal(sentence, offset, all, part);
                if (lead != null) {
                    whole = lead;
                    wholeKey = lead.key();
                    wholeNamed = true;
                } else if (!Double.isNaN(lastShareWhole) && lastShareWhole > 0
                        && explains(pct, Amounts.decimals(m.group(2)),
                        part.value(), part.decimals(), lastShareWhole, 2)) {
                    // The breakdown under way explains this share too: it belongs to it.
                    whole = lastWholeMention;
                    wholeKey = whole == null ? "" : whole.key();
                } else {
                    whole = chooseBase(part, pct, all, offset);
                    wholeKey = whole == null ? "" : whole.key();
                }
            } else {
                continue;
            }
            if (whole == null && wholeKey.isEmpty()) {
                continue;
            }
            double w = whole == null ? Double.NaN : whole.value();
            String fam = family(part.key());
            boolean near = offset + m.start() - lastShareEnd <= 200
                    && (fam.isEmpty() || lastShareFamily.isEmpty() || fam.equals(lastShareFamily)
                    || splitsWithProjects(fam, part.key(), lastShareFamily, lastShareSubject));
            boolean same = near && (Double.isNaN(w) ? !wholeKey.isEmpty() && wholeKey.equals(lastShareKey)
                    && Double.isNaN(lastShareWhole) : w == lastShareWhole);
            if (!same || lastShareGroup == 0) {
                lastShareFamily = family(part.key());
                lastShareGroup = ++groupSeq;
                lastShareWhole = w;
                lastShareKey = wholeKey;
                lastWholeMention = whole;
            }
            int group = lastShareGroup;
            lastShareEnd = offset + m.end();
            lastShareSubject = part.key();
            if (!family(part.key()).isEmpty()) {
                lastShareFamily = family(part.key());
            }
            claims.add(new Claim.Share(part.key(), part.subject().words(), part.value(), part.decimals(), w,
                    whole == null ? 0 : whole.decimals(), wholeKey, wholeNamed, pct, Amounts.decimals(m.group(2)),
                    group, nt.text.substring(part.start(), offset + m.end()), nt.span(part.start(), offset + m.end())));
        }
    }

    /** The latest amount stated for a subject before the part (same kind of figure: this year's). */
    private Mention amountOf(List<Mention> all, String key, Mention part) {
        Mention best = null;
        for (Mention c : all) {
            if (c == part || c.start() >= part.start() || c.delta() || !c.key().equals(key) || c.basis().isPrior()) {
                continue;
            }
            if (c.basis() != part.basis()) {
                continue;
            }
            best = c;
        }
        if (best == null) {
            Mention earlier = latest.get(key + "|" + part.basis());
            if (earlier != null && earlier.start() < part.start()) {
                best = earlier;
            }
        }
        return best;
    }

    /** "X 中，…": the amount stated for X, the total this breakdown opens with. */
    private Mention leadTotal(String sentence, int offset, List<Mention> all, Mention part) {
        int zhong = sentence.indexOf("中,");
        if (zhong < 0) {
            zhong = sentence.indexOf("中，");
        }
        if (zhong < 0 || offset + zhong > part.start()) {
            return null;
        }
        Lexicon.Hit hit = Lexicon.lastSubject(sentence.substring(0, zhong));
        if (hit == null) {
            return null;
        }
        return amountOf(all, hit.key(), part);
    }

    /**
     * The whole a share refers to: among amounts up to 300 characters before the part (not after
     * it), the one that best reproduces the stated percentage; ties go to the nearest.
     */
    /**
     * Whether a share could be of this whole: the printed share meets what the printed part and
     * whole give by rounding, or is within one unit of a last decimal of two. Only to tell which
     * breakdown a share belongs to; whether a share is right is decided in rules/policy.drl.
     */
    private static boolean explains(double pct, int sd, double part, int pd, double whole, int wd) {
        int p = pd == 0 ? wd : pd;
        int w = wd == 0 ? pd : wd;
        double exact = part / whole * 100;
        if (sd >= 2 && Math.abs(pct - exact) <= Math.pow(10, -sd) + 1e-9) {
            return true;
        }
        double lo = (part - 0.5 * Math.pow(10, -p)) / (whole + 0.5 * Math.pow(10, -w)) * 100;
        double hi = (part + 0.5 * Math.pow(10, -p)) / Math.max(whole - 0.5 * Math.pow(10, -w), 1e-12) * 100;
        double half = 0.5 * Math.pow(10, -sd);
        return pct + half + 1e-9 >= Math.min(lo, hi) && pct - half - 1e-9 <= Math.max(lo, hi);
    }

    private static Mention chooseBase(Mention part, double pct, List<Mention> all, int sentenceStart) {
        Mention best = null;
        double bestErr = Double.MAX_VALUE;
        for (Mention c : all) {
            if (c == part || c.start() >= part.start() || c.start() < sentenceStart - 300 || c.delta()
                    || c.value() <= 0 || c.value() < part.value()) {
                continue;
            }
            double err = Math.abs(part.value() / c.value() * 100 - pct);
            if (err < bestErr - 1e-9 || (Math.abs(err - bestErr) < 1e-9 && best != null && c.start() > best.start())) {
                best = c;
                bestErr = err;
            }
        }
        return best;
    }

    /** "预算 B，决算 A，完成预算的 R%": the budget and actual amounts before the rate. */
    private void rates(String sentence, int offset, List<Mention> ms) {
        if (sentence.indexOf('%') < 0 || ms.size() < 2) {
            return;
        }
        StartPattern.Finder mf = RATE.in(sentence);
        Matcher m = mf.matcher();
        while (mf.find()) {
            int at = offset + m.start();
            Mention budget = null;
            Mention actual = null;
            Mention spent = null;
            for (Mention c : ms) {
                if (c.end() > at) {
                    break;
                }
                String clause = window(nt.text, offset, c.start());
                boolean spending = clause.contains("决算") || clause.contains("执行") || clause.contains("实际")
                        || clause.contains("支出");
                if (clause.contains("预算") && !clause.contains("决算") && !clause.contains("执行")) {
                    budget = c;
                    actual = null;
                } else if (budget != null && spending) {
                    actual = c;
                }
                spent = spending ? c : null;
            }
            if (budget == null && spent != null && spent.subject().found() && at - spent.end() <= 4) {
                // "因公出国(境)费支出决算为0.00元,完成年初预算的0%": the item's own budget is not
                // stated; the rate is kept with it unknown (NaN), for rules that can work it out.
                String pct = m.group(1);
                claims.add(new Claim.Rate(spent.key(), spent.subject().words(), Double.NaN, 0, spent.value(),
                        spent.decimals(), Double.parseDouble(pct), Amounts.decimals(pct),
                        nt.text.substring(spent.start(), offset + m.end()), nt.span(spent.start(), offset + m.end())));
                continue;
            }
            if (budget == null || actual == null) {
                continue;
            }
            String key = budget.subject().found() ? budget.key() : actual.key();
            String words = budget.subject().found() ? budget.subject().words() : actual.subject().words();
            String pct = m.group(1);
            claims.add(new Claim.Rate(key, words, budget.value(), budget.decimals(), actual.value(),
                    actual.decimals(), Double.parseDouble(pct), Amounts.decimals(pct),
                    nt.text.substring(budget.start(), offset + m.end()), nt.span(budget.start(), offset + m.end())));
        }
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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
        StartPattern.Finder mf = COUNT.in(sentence);
        Matcher m = mf.matcher();
        while (mf.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 12), m.start());
            String matched = m.group();
            boolean projects = matched.startsWith("项目") || matched.contains("个项目");
            if (!projects || before.matches(".*(类|以上|其中|重点|新增|预算支出\\s*\\d*).*")
                    || sentence.substring(m.end()).matches("^\\s*(自评|的绩效自评)?结果为.*")) {
                continue;
            }
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            // "共 0 个项目实行绩效目标管理": how many projects have targets, not how many there are.
            boolean targets = PERF_TARGETS.matcher(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 16)))
                    .lookingAt();
            claims.add(new Claim.Count(targets ? "PERF_TARGET_PROJECTS" : "PROJECTS", Integer.parseInt(n), matched,
                    nt.span(offset + m.start(), offset + m.end())));
        }
        StartPattern.Finder rf = RATING_COUNT.in(sentence);
        Matcher r = rf.matcher();
        while (rf.find()) {
            claims.add(new Claim.Count("RATING:" + r.group(2), Integer.parseInt(r.group(1)), r.group(),
                    nt.span(offset + r.start(), offset + r.end())));
        }
    }

    private void flags(String sentence, int offset) {
        boolean template = sentence.contains("主要") || hasAny(sentence, "Xx×*") || sentence.contains("占%")
                || sentence.contains("占 %") || sentence.contains("为 万元") || sentence.contains("为万元")
                || sentence.contains(")万元") || sentence.contains(") 万元");
        StartPattern.Finder uf = UNFILLED.in(template ? sentence : "");
        Matcher u = uf.matcher();
        while (uf.find()) {
            int s = Math.max(0, u.start() - 20);
            flags.add(new TextFlag("UNFILLED", sentence.substring(s, u.end()).trim(),
                    nt.span(offset + u.start(), offset + u.end())));
        }
        boolean instructs = sentence.contains("填写") || sentence.contains("填列") || sentence.contains("填报");
        StartPattern.Finder inf = INSTRUCTION.in(instructs ? sentence : "");
        Matcher in = inf.matcher();
        while (inf.find()) {
            flags.add(new TextFlag("INSTRUCTION", in.group().strip(), nt.span(offset + in.start(), offset + in.end())));
        }
        Matcher t = TABLES_ATTACHED.matcher(sentence.contains("公开表") ? sentence : "");
        if (t.find()) {
            flags.add(new TextFlag("TABLES_ATTACHED", t.group().strip(), nt.span(offset + t.start(), offset + t.end())));
        }
        Matcher a = ANNEX.matcher(sentence.contains("附件") ? sentence : "");
        while (a.find()) {
            String what = a.group(1) != null ? a.group(1) : a.group(2);
            flags.add(new TextFlag(what.contains("自评") ? "ANNEX:PERF_SELF_EVAL" : "ANNEX:PERF_TARGET", a.group(),
                    nt.span(offset + a.start(), offset + a.end())));
        }
    }
}
