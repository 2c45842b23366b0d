package dev.khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerBearingTest {

    private static final EvalQuestions.Question Q = new EvalQuestions.Question("q", "en", "How did Kim travel?", true,
            List.of("gold"), List.of(List.of("ट्रेन", "Train")));

    @Test
    void aChunkBearsTheAnswerOnlyFromAGoldDocumentWithAFactString() {
        assertTrue(AnswerBearing.isAnswerBearing(Q, new AnswerBearing.Hit("gold", "किम ट्रेन से गए")));
        assertTrue(AnswerBearing.isAnswerBearing(Q, new AnswerBearing.Hit("gold", "by TRAIN"))); // case-insensitive
        assertFalse(AnswerBearing.isAnswerBearing(Q, new AnswerBearing.Hit("other", "किम ट्रेन से गए")));
        assertFalse(AnswerBearing.isAnswerBearing(Q, new AnswerBearing.Hit("gold", "किम विमान से गए")));
    }

    @Test
    void factsAreMatchedAfterNfc() {
        String decomposedQa = "\u0915\u093c"; // क + nukta, which NFC composes to क़
        var q = new EvalQuestions.Question("q", "hi", "?", true, List.of("gold"), List.of(List.of("\u0958")));
        assertTrue(AnswerBearing.isAnswerBearing(q, new AnswerBearing.Hit("gold", "x" + decomposedQa + "y")));
    }

    @Test
    void hitAtKAndMrrFromFirstRanks() {
        var hits = List.of(new AnswerBearing.Hit("other", "train"), new AnswerBearing.Hit("gold", "train"));
        assertEquals(2, AnswerBearing.firstRank(Q, hits));
        assertEquals(0, AnswerBearing.firstRank(Q, List.of(new AnswerBearing.Hit("gold", "plane"))));
        AnswerBearing.Score s = AnswerBearing.score(List.of(1, 2, 0, 0));
        assertEquals(2, s.hits());
        assertEquals(0.5, s.hitAtK(), 1e-9);
        assertEquals((1 + 0.5) / 4, s.mrr(), 1e-9);
    }
}
