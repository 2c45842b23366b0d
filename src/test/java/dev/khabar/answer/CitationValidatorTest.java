package dev.khabar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.Seeds;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.ArticleParser;
import dev.khabar.ingest.Chunker;
import dev.khabar.ingest.Corpus;
import dev.khabar.ingest.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationValidatorTest {

    private static final String ID = "000_73e4b9cfef3b4350";
    private final Article article = new ArticleParser(new Chunker(500, 1)).parse(ID, Seeds.text(ID), "h");
    private final Corpus corpus = new Corpus(List.of(article), List.of());
    private final CitationValidator validator = new CitationValidator();

    private Citation cite(int n, Sentence s) {
        return new Citation(n, ID, article.title(), article.quote(s.span()),
                article.codePointOffset(s.span().start()), article.codePointOffset(s.span().end()));
    }

    @Test
    void verbatimCitationsPassAndAreRenumberedInReadingOrder() {
        Sentence a = article.sentences().get(2);
        Sentence b = article.sentences().get(3);
        Answer in = new Answer("B [5] and A [2].", true, List.of(cite(2, a), cite(5, b)), "x", List.of());
        Answer out = validator.validate(in, corpus);
        assertTrue(out.grounded());
        assertEquals("B [1] and A [2].", out.text());
        assertEquals(article.quote(b.span()), out.citations().get(0).snippet());
        assertEquals(2, out.citations().get(1).n());
    }

    @Test
    void wrongOffsetsOrAlteredSnippetsAreDropped() {
        Sentence s = article.sentences().get(2);
        Citation shifted = new Citation(1, ID, "t", article.quote(s.span()), cite(1, s).start() + 1, cite(1, s).end() + 1);
        Citation altered = new Citation(2, ID, "t", article.quote(s.span()) + "!", cite(2, s).start(), cite(2, s).end());
        Answer out = validator.validate(new Answer("x [1] y [2] z [3]", true, List.of(shifted, altered), "x",
                List.of()), corpus);
        assertFalse(out.grounded(), "nothing verifiable is left");
        assertTrue(out.citations().isEmpty());
        assertFalse(out.text().contains("["), "dangling markers removed");
        assertEquals(6, out.warnings().size(), "two citations, three markers, not grounded");
    }

    @Test
    void boilerplateIsNeverCitable() {
        String text = article.text();
        String ad = "Advertisment";
        int at = text.indexOf(ad);
        Citation c = new Citation(1, ID, "t", ad, text.codePointCount(0, at), text.codePointCount(0, at + ad.length()));
        assertFalse(CitationValidator.verifiable(c, corpus));
    }

    @Test
    void unknownDocumentIsNotVerifiable() {
        Citation c = new Citation(1, "nope", "t", "x", 0, 1);
        assertFalse(CitationValidator.verifiable(c, corpus));
    }
}
