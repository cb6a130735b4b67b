package io.github.disclosureauditor.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Whether a PDF ends the way a complete file does. A PDF's cross-reference table and trailer
 * come last, closed by {@code %%EOF}; a file cut short in a download or upload lacks them.
 * PDFBox then rebuilds the document from whatever objects it finds, which can silently lose
 * pages, fonts or whole tables, so such a file must be refused, not audited. Like Acrobat, the
 * marker is looked for in the last 1024 bytes (ignoring trailing whitespace and NUL padding).
 */
final class PdfTrailer {
    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = 1024;

    private PdfTrailer() {
    }

    static boolean complete(byte[] b) {
        int end = b.length;
        while (end > 0 && (b[end - 1] == 0 || b[end - 1] == ' ' || b[end - 1] == '\r' || b[end - 1] == '\n'
                || b[end - 1] == '\t' || b[end - 1] == '\f')) {
            end--;
        }
        for (int i = end - EOF.length; i >= Math.max(0, end - TAIL); i--) {
            if (matches(b, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] b, int at) {
        for (int k = 0; k < EOF.length; k++) {
            if (b[at + k] != EOF[k]) {
                return false;
            }
        }
        return true;
    }
}
