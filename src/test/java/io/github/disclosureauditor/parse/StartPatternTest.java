package io.github.disclosureauditor.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A start-character search finds exactly what {@link Matcher#find()} finds. */
class StartPatternTest {
    private static List<String> plain(StartPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    private static List<String> started(StartPattern p, String text) {
        List<String> out = new ArrayList<>();
        StartPattern.Finder f = p.in(text);
        while (f.find()) {
            Matcher m = f.matcher();
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    @Test
    void findsWhatFindFinds() {
        StartPattern amount = StartPattern.compile("(?<![\\d.])(-?\\d+(?:\\.\\d+)?)\\s*(亿元|万元|元)", "-" + StartPattern.DIGITS);
        StartPattern change = StartPattern.compile("(增加|减少|下降)了?\\s*(\\d+(?:\\.\\d+)?)\\s*万元(?=[，。])", "增减下");
        String text = "支出 1,234.56 万元，比上年增加 12.5 万元，下降了3万元。12.34.5元、-7元和 0.5亿元；增加1万元";
        List<String> a = started(amount, text);
        assertEquals(plain(amount, text), a);
        // "12.34.5元" is no amount: 4.5 follows a point.
        assertEquals(List.of("5-14:234.56 万元", "21-28:12.5 万元", "32-35:3万元", "45-48:-7元", "50-55:0.5亿元", "58-61:1万元"), a);
        // Lookbehind sees before the start, lookahead after the end: bounds are transparent.
        assertEquals(plain(change, text), started(change, text));
        assertEquals(2, started(change, text).size());
        assertEquals(List.of(), started(amount, ""));
    }
}
