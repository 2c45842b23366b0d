package dev.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.answer.Citation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each metric on a hand-made known-good and known-bad case. */
class MetricsTest {

    static final String DOC_A = "पुतिन उत्तर कोरिया जाएंगे। बैठक व्लादिवोस्तोक में हुई थी।";
    static final String DOC_B = "अमेरिका चिंतित है।";
    static final Map<String, String> DOCS = Map.of("a", DOC_A, "b", DOC_B);

    static final EvalQuestion WHERE = new EvalQuestion("q1", "en", "Where was the meeting?", true, List.of("a"),
            List.of(List.of("व्लादिवोस्तोक", "Vladivostok")), List.of());

    static Citation cite(int n, String doc, String snippet) {
        String text = DOCS.get(doc);
        int start = text.indexOf(snippet);
        return new Citation(n, doc, "t", snippet, text.codePointCount(0, start),
                text.codePointCount(0, start + snippet.length()));
    }

    @Test
    void factsMatchCaseAndNormalizationInsensitively() {
        assertTrue(Metrics.containsAny("They met in VLADIVOSTOK.", List.of("vladivostok")));
        // the same word with a decomposed nukta (NFD) still matches its composed form
        assertTrue(Metrics.containsAny("फ़ैसला", List.of("फ\u093c\u0948सला")));
        assertFalse(Metrics.containsAny("They met in Moscow.", List.of("vladivostok", "")));
    }

    @Test
    void answerBearingRankNeedsAGoldDocumentThatContainsAFact() {
        var goldWithFact = new Target.Hit("a", "बैठक व्लादिवोस्तोक में हुई थी।");
        var goldWithoutFact = new Target.Hit("a", "पुतिन उत्तर कोरिया जाएंगे।");
        var otherWithFact = new Target.Hit("b", "व्लादिवोस्तोक");
        assertEquals(0, Metrics.answerBearingRank(List.of(goldWithFact, otherWithFact), WHERE));
        assertEquals(2, Metrics.answerBearingRank(List.of(otherWithFact, goldWithoutFact, goldWithFact), WHERE));
        assertEquals(-1, Metrics.answerBearingRank(List.of(otherWithFact, goldWithoutFact), WHERE));
    }

    @Test
    void hitAndReciprocalRankRespectTheirCutoffs() {
        assertEquals(1, Metrics.hitAt(0, 1));
        assertEquals(0, Metrics.hitAt(1, 1));
        assertEquals(1, Metrics.hitAt(4, 5));
        assertEquals(0, Metrics.hitAt(5, 5));
        assertEquals(0, Metrics.hitAt(-1, 5));
        assertEquals(1.0 / 3, Metrics.reciprocalRank(2, 10), 1e-9);
        assertEquals(0, Metrics.reciprocalRank(10, 10));
        assertEquals(0, Metrics.reciprocalRank(-1, 10));
    }

    @Test
    void documentRecallCountsGoldDocumentsInTheTopK() {
        var twoGold = new EvalQuestion("q", "en", "?", true, List.of("a", "b"), List.of(), List.of());
        var hits = List.of(new Target.Hit("a", ""), new Target.Hit("c", ""), new Target.Hit("b", ""));
        assertEquals(1.0, Metrics.documentRecall(hits, twoGold, 3));
        assertEquals(0.5, Metrics.documentRecall(hits, twoGold, 2));
        assertEquals(0.0, Metrics.documentRecall(List.of(new Target.Hit("c", "")), twoGold, 5));
    }

    @Test
    void factCoverageLooksInTheAnswerAndTheCitedSnippets() {
        var inAnswer = new Target.Reply("They met in Vladivostok [1].", true, List.of());
        var inSnippet = new Target.Reply("See the source [1].", true,
                List.of(cite(1, "a", "बैठक व्लादिवोस्तोक में हुई थी।")));
        var missing = new Target.Reply("They met somewhere in Russia.", true, List.of());
        assertEquals(1.0, Metrics.factCoverage(inAnswer, WHERE));
        assertEquals(1.0, Metrics.factCoverage(inSnippet, WHERE));
        assertEquals(0.0, Metrics.factCoverage(missing, WHERE));
        var twoFacts = new EvalQuestion("q", "en", "?", true, List.of("a"),
                List.of(List.of("2019"), List.of("vladivostok")), List.of());
        assertEquals(0.5, Metrics.factCoverage(inAnswer, twoFacts));
    }

    @Test
    void aRefusalIsUngroundedAndUncited() {
        assertTrue(Metrics.refused(new Target.Reply("The articles do not say.", false, List.of())));
        assertFalse(Metrics.refused(new Target.Reply("Maybe [1].", false, List.of(cite(1, "b", "अमेरिका चिंतित है।")))));
        assertFalse(Metrics.refused(new Target.Reply("India won.", true, List.of())));
    }

    @Test
    void citationsAreValidOnlyWhenVerbatimAtTheirOffsetsAndEveryMarkerResolves() {
        Citation good = cite(1, "a", "बैठक व्लादिवोस्तोक में हुई थी।");
        assertTrue(Metrics.citationsValid(new Target.Reply("x [1]", true, List.of(good)), this::doc));
        assertTrue(Metrics.citationsValid(new Target.Reply("nothing cited", false, List.of()), this::doc));

        Citation shifted = new Citation(1, "a", "t", good.snippet(), good.start() + 1, good.end() + 1);
        Citation altered = new Citation(1, "a", "t", "बैठक मास्को में हुई थी।", good.start(), good.end());
        Citation unknownDoc = new Citation(1, "zzz", "t", good.snippet(), good.start(), good.end());
        Citation outOfRange = new Citation(1, "a", "t", good.snippet(), 0, 10_000);
        for (Citation bad : List.of(shifted, altered, unknownDoc, outOfRange)) {
            assertFalse(Metrics.citationsValid(new Target.Reply("x [1]", true, List.of(bad)), this::doc), bad.toString());
        }
        assertFalse(Metrics.citationsValid(new Target.Reply("x [1] y [2]", true, List.of(good)), this::doc),
                "a marker without its citation");
    }

    @Test
    void citationPrecisionIsTheShareOfCitationsFromGoldDocuments() {
        Citation gold = cite(1, "a", "पुतिन उत्तर कोरिया जाएंगे।");
        Citation other = cite(2, "b", "अमेरिका चिंतित है।");
        assertEquals(Optional.of(1.0), Metrics.citationPrecision(new Target.Reply("", true, List.of(gold)), WHERE));
        assertEquals(Optional.of(0.5), Metrics.citationPrecision(new Target.Reply("", true, List.of(gold, other)), WHERE));
        assertEquals(Optional.of(0.0), Metrics.citationPrecision(new Target.Reply("", true, List.of(other)), WHERE));
        assertEquals(Optional.empty(), Metrics.citationPrecision(new Target.Reply("", false, List.of()), WHERE));
    }

    @Test
    void percentilesUseTheNearestRank() {
        List<Double> ms = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 100.0, 6.0, 7.0, 8.0, 9.0);
        assertEquals(5.0, Metrics.percentile(ms, 50));
        assertEquals(100.0, Metrics.percentile(ms, 95));
        assertEquals(1.0, Metrics.percentile(ms, 0));
        assertEquals(0.0, Metrics.percentile(List.of(), 50));
    }

    private Optional<String> doc(String id) {
        return Optional.ofNullable(DOCS.get(id));
    }
}
