package io.github.disclosureauditor.corpus;

import io.github.disclosureauditor.report.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The expected strings are what CPython 3.11 prints for the same values. */
class PythonJsonTest {
    @Test
    void dumpsLikeJsonDumpsWithoutAsciiEscapes() throws Exception {
        String json = "{\"a\":\"q\\\"b\\\\s\\n\\t\\u0001\\u007f中\\u3000文\",\"n\":[1,-2,null,true,false],\"f\":0.1}";
        assertEquals("{\"a\": \"q\\\"b\\\\s\\n\\t\\u0001\u007f中\u3000文\", \"n\": [1, -2, null, true, false], \"f\": 0.1}",
                PythonJson.dumps(Json.mapper().readTree(json)));
    }

    @Test
    void normRemovesCommasAndEveryPythonWhitespace() {
        assertEquals("12345.67890", PythonJson.norm("1,234，5\u3000.6\u00a07\u001c8 9\u20280"));
    }

    @Test
    void percentRoundsHalfEvenOnTheBinaryValue() {
        assertEquals("12%", PythonJson.percent(0.125));
        assertEquals("14%", PythonJson.percent(0.135));
        assertEquals("100%", PythonJson.percent(0.995));
        assertEquals("2%", PythonJson.percent(0.025));
        assertEquals("10%", PythonJson.percent(1 - 293.0 / 324));
        assertEquals("42%", PythonJson.percent(13.0 / 31));
    }

    @Test
    void floatsAsRepr() {
        double[] in = {1e16, 1e-5, 0.0001, 123456789012345678.0, 5e-324, Double.MAX_VALUE, 0.1 + 0.2, -0.0, 1e22,
                Math.pow(2, 60), 1e15, -1.5e-7, 100.0, 12345678.9};
        String[] out = {"1e+16", "1e-05", "0.0001", "1.2345678901234568e+17", "5e-324", "1.7976931348623157e+308",
                "0.30000000000000004", "-0.0", "1e+22", "1.152921504606847e+18", "1000000000000000.0", "-1.5e-07",
                "100.0", "12345678.9"};
        for (int i = 0; i < in.length; i++) {
            assertEquals(out[i], PythonJson.floatRepr(in[i]), "repr of " + in[i]);
        }
    }

    @Test
    void lineBreaksThatOnlyPythonSplitsAt() {
        assertTrue(PythonJson.hasPythonLineBreak("a\u2028b"));
        assertEquals(false, PythonJson.hasPythonLineBreak("a\\nb"));
    }
}
