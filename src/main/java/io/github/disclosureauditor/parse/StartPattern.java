package io.github.disclosureauditor.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose matches can only start at one of a few characters, searched by trying it
 * there alone. {@link Matcher#find()} tries every position, and a narrative of tens of
 * thousands of characters has few where a claim starts: this is most of the parse time saved.
 *
 * @param pattern the pattern; every match starts with one of {@code starts}
 * @param starts  the characters a match can start with
 */
public record StartPattern(Pattern pattern, String starts) {
    public static final String DIGITS = "0123456789";

    public static StartPattern compile(String regex, String starts) {
        return new StartPattern(Pattern.compile(regex), starts);
    }

    /** A finder over {@code text}; read each match from {@link Finder#matcher()}. */
    public Finder in(CharSequence text) {
        return new Finder(this, text);
    }

    /** Matches left to right, as {@link Matcher#find()} gives them. */
    public static final class Finder {
        private final Matcher m;
        private final CharSequence text;
        private final String starts;
        private int from;

        Finder(StartPattern p, CharSequence text) {
            this.m = p.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.starts = p.starts;
        }

        public boolean find() {
            int n = text.length();
            for (int i = from; i < n; i++) {
                if (starts.indexOf(text.charAt(i)) < 0) {
                    continue;
                }
                m.region(i, n);
                if (m.lookingAt()) {
                    from = m.end() > i ? m.end() : i + 1;
                    return true;
                }
            }
            from = n;
            return false;
        }

        public Matcher matcher() {
            return m;
        }
    }
}
