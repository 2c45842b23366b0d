package dev.khabar.eval;

import dev.khabar.answer.Citation;
import java.util.List;

/** Everything measured for one question. Retrieval and coverage fields are -1 / null for unanswerable questions. */
public record QuestionResult(String id, String lang, String question, boolean answerable, String answer,
        boolean grounded, List<Citation> citations, int answerBearingRank, Double documentRecallAt5,
        Double factCoverage, boolean refusedCorrectly, boolean citationsValid, Double citationPrecision,
        double latencyMs) {

    public boolean hitAt1() {
        return Metrics.hitAt(answerBearingRank, 1) == 1;
    }

    public boolean hitAt5() {
        return Metrics.hitAt(answerBearingRank, 5) == 1;
    }

    public boolean wronglyRefused() {
        return answerable && !grounded;
    }

    /** Passing means: what this question is for was met. */
    public boolean passed() {
        return citationsValid && (answerable ? grounded && hitAt5() && factCoverage >= 1.0 : refusedCorrectly);
    }
}
