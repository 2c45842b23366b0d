package dev.khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.ArticleParser;
import dev.khabar.ingest.Chunker;
import dev.khabar.ingest.Corpus;
import dev.khabar.query.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermIndexTest {

    private final ArticleParser parser = new ArticleParser(new Chunker(500, 1));

    private Article article(String id, String body) {
        return parser.parse(id, "ज़ोरबेक्स की खबर\n\n(Photo Credit: Nimbus)\n\n" + body + "\n", id + body.hashCode());
    }

    @Test
    void termsOfSentencesHeadlineAndBoilerplate() {
        Article a = article("a", "मंत्री ने सितम्बर में बांध का उद्घाटन किया. बारिश हुई.");
        TermIndex index = new TermIndex(new Corpus(List.of(a), List.of()));
        TermIndex.Terms first = index.sentence("a", a.sentences().get(0));
        assertTrue(first.hi().containsAll(Analyzers.terms(Analyzers.HI, "बांध")), first.toString());
        assertTrue(first.fits(Intent.TIME), "a month is a date cue");
        assertTrue(index.title("a").hi().containsAll(Analyzers.terms(Analyzers.HI, "ज़ोरबेक्स")));
        assertEquals(1, index.boilerplate("a").size());
        assertTrue(index.boilerplate("a").get(0).en().containsAll(Analyzers.terms(Analyzers.EN, "Nimbus")));
        assertThrows(IllegalArgumentException.class, () -> index.title("missing"));
    }

    @Test
    void aReingestionKeepsTheTermsOfUnchangedArticlesOnly() {
        Article kept = article("kept", "मंत्री ने बांध का उद्घाटन किया.");
        Article changed = article("changed", "पुरानी खबर.");
        TermIndex before = new TermIndex(new Corpus(List.of(kept, changed), List.of()));
        TermIndex.Terms keptTerms = before.sentence("kept", kept.sentences().get(0));
        TermIndex.Terms oldTerms = before.sentence("changed", changed.sentences().get(0));

        Article rewritten = article("changed", "नई खबर आई.");
        TermIndex after = new TermIndex(new Corpus(List.of(kept, rewritten), List.of()), before);
        assertSame(keptTerms, after.sentence("kept", kept.sentences().get(0)), "worked out once");
        TermIndex.Terms newTerms = after.sentence("changed", rewritten.sentences().get(0));
        assertNotSame(oldTerms, newTerms);
        assertTrue(newTerms.hi().containsAll(Analyzers.terms(Analyzers.HI, "नई")), newTerms.toString());
    }
}
