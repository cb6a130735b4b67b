package io.github.disclosureauditor.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns submitted bytes into lines. Detection order: BOM, UTF-16 without BOM (many NUL bytes on
 * one parity), strict UTF-8, strict GB18030 (a superset of GBK). Anything else is decoded as
 * UTF-8 with replacement characters so nothing is silently dropped.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    public DecodedText decode(byte[] bytes) throws InputException {
        if (bytes == null || bytes.length == 0) {
            throw new InputException("EMPTY_INPUT", "文档为空");
        }
        String encoding;
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            encoding = "UTF-8";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            encoding = "UTF-16LE";
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            encoding = "UTF-16BE";
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (looksUtf16(bytes) != null) {
            encoding = looksUtf16(bytes);
            text = new String(bytes, Charset.forName(encoding));
        } else if ((text = strictly(bytes, StandardCharsets.UTF_8)) != null) {
            encoding = "UTF-8";
        } else if ((text = truncatedUtf8(bytes)) != null) {
            // A download cut short ends mid-character: keep everything before it.
            encoding = "UTF-8(truncated)";
        } else if ((text = strictly(bytes, GB18030)) != null) {
            encoding = "GB18030";
        } else {
            encoding = "UTF-8(lossy)";
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        if (isBinary(text)) {
            throw new InputException("UNDECODABLE_INPUT", "无法识别为文本：内容像是二进制文件");
        }
        if (text.isBlank()) {
            throw new InputException("EMPTY_INPUT", "文档只有空白字符");
        }
        return DecodedText.text(encoding, splitLines(text));
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 without a BOM: every ASCII character (digits, spaces, tabs, newlines) puts a NUL in
     * one byte of its pair, while UTF-8 and GB18030 text has no NUL at all. Chinese text is
     * mostly non-ASCII, so a few percent of NULs on one parity and none on the other suffice;
     * the candidate must then decode cleanly.
     */
    private static String looksUtf16(byte[] b) {
        int n = Math.min(b.length, 65536) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        String candidate = null;
        // CJK characters such as 一 (U+4E00) have a NUL low byte too, so allow some on the other side.
        if (oddZero > pairs * 0.02 && evenZero * 10 < oddZero) {
            candidate = "UTF-16LE";
        } else if (evenZero > pairs * 0.02 && oddZero * 10 < evenZero) {
            candidate = "UTF-16BE";
        }
        if (candidate == null || strictly(java.util.Arrays.copyOf(b, b.length & ~1), Charset.forName(candidate)) == null) {
            return null;
        }
        return candidate;
    }

    private static String truncatedUtf8(byte[] bytes) {
        for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
            String s = strictly(java.util.Arrays.copyOf(bytes, bytes.length - cut), StandardCharsets.UTF_8);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String strictly(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isBinary(String text) {
        int n = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return n > 0 && control > n * 0.1;
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
