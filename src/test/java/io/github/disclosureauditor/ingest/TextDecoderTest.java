package io.github.disclosureauditor.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();
    private static final String TEXT = "收入总计 912.63 万元\r\n第二行";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals("收入总计 912.63 万元", decoder.decode(plain).normalized().get(0));
        assertEquals("收入总计 912.63 万元", decoder.decode(bom).normalized().get(0));
        assertEquals(2, decoder.decode(bom).lineCount());
    }

    @Test
    void gbkAndUtf16() throws Exception {
        DecodedText gbk = decoder.decode(TEXT.getBytes(Charset.forName("GBK")));
        assertEquals("GB18030", gbk.encoding());
        assertEquals("第二行", gbk.normalized().get(1));
        DecodedText le = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertEquals("UTF-16LE", le.encoding());
        assertEquals("收入总计 912.63 万元", le.normalized().get(0));
        DecodedText be = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_16));
        assertEquals("收入总计 912.63 万元", be.normalized().get(0));
    }

    @Test
    void fullWidthDigitsThousandsAndInvisibleMarksAreNormalisedButOriginalKept() throws Exception {
        DecodedText t = decoder.decode("合计：１，２２０．２４万元\u200b，占１２％".getBytes(StandardCharsets.UTF_8));
        assertEquals("合计:1220.24万元,占12%", t.normalized().get(0));
        assertEquals("合计：１，２２０．２４万元\u200b，占１２％", t.originalLine(1));
    }

    @Test
    void emptyWhitespaceAndBinaryAreRejectedWithCodes() {
        assertEquals("EMPTY_INPUT", assertThrows(InputException.class, () -> decoder.decode(new byte[0])).code());
        assertEquals("EMPTY_INPUT", assertThrows(InputException.class,
                () -> decoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8))).code());
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 1 : 2);
        }
        assertEquals("UNDECODABLE_INPUT", assertThrows(InputException.class, () -> decoder.decode(binary)).code());
    }
}
