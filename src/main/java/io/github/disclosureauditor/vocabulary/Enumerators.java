package io.github.disclosureauditor.vocabulary;

/**
 * The characters an item's enumerator ("一、", "（一）", "1.", "①", "第一部分", "- ") or a "其中" can
 * begin with. The reader tests this before the patterns that read enumerators, which run on
 * nearly every line and label; any of those patterns starts with one of these characters.
 */
public final class Enumerators {
    private static final String OTHERS = "一二三四五六七八九十第其(（-";

    private Enumerators() {
    }

    public static boolean mayStart(String s) {
        return !s.isEmpty() && mayStart(s.charAt(0));
    }

    public static boolean mayStart(char c) {
        return Character.isDigit(c) || c >= '①' && c <= '⑳' || OTHERS.indexOf(c) >= 0;
    }
}
