package io.github.disclosureauditor.vocabulary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Subject keys as findings name them to a reader. */
class LexiconTest {
    @Test
    void subjectPathsReadAsDisclosuresWriteThem() {
        assertEquals("“一般公共服务支出（类）商贸事务（款）事业运行（项）”",
                Lexicon.quoted("PATH:类=一般公共服务支出/款=商贸事务/项=事业运行"));
        assertEquals("“人大事务行政运行（项）”", Lexicon.quoted("PATH:项=人大事务行政运行"));
    }

    @Test
    void codedSubjects() {
        assertEquals("一般公共服务支出", Lexicon.nameOf("FUNC:201"));
        assertEquals("经济科目 30217", Lexicon.nameOf("ECON:30217"));
        assertEquals("公务接待费", Lexicon.nameOf("3P:RECEPTION"));
    }
}
