package io.github.disclosureauditor.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportFormatsTest {
    @Test
    void csvQuotesFieldsWithBreaksOverAnyNumberOfLines() {
        assertEquals("plain", Formats.csv("plain"));
        assertEquals("\"a,b\"", Formats.csv("a,b"));
        assertEquals("\"第 1 行\n第 2 行\n第 3 行,说\"\"明\"\"\"", Formats.csv("第 1 行\n第 2 行\n第 3 行,说\"明\""));
    }

    @Test
    void evidenceLine() {
        assertEquals("第 11 页 第 224-225 行：2010101 行政运行", Formats.where(11, 224, 225, "  2010101 行政运行 ", 160));
        assertEquals("第 7 行", Formats.where(0, 7, 7, " ", 160));
        assertEquals("第 7 行：abc…", Formats.where(0, 7, 7, "abcdef", 3));
        assertEquals("&lt;b&gt;&amp;&quot;", Formats.html("<b>&\""));
    }
}
