package dev.khabar.bench;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The retrieval-quality measure both systems are held to: a retrieved chunk is answer-bearing when it comes from one
 * of the question's gold articles and contains one of its fact strings (case-insensitive, after NFC). hit@k is the
 * share of answerable questions with an answer-bearing chunk among the first k; MRR is the mean of 1/rank of the first.
 */
public final class AnswerBearing {

    /** A retrieved chunk: which article it comes from and its text. */
    public record Hit(String documentId, String text) {
    }

    /** hit@k and MRR over {@code questions} answerable questions. */
    public record Score(int questions, int hits, double hitAtK, double mrr) {
    }

    private AnswerBearing() {
    }

    public static boolean isAnswerBearing(EvalQuestions.Question q, Hit hit) {
        if (!q.gold_docs().contains(hit.documentId())) {
            return false;
        }
        String text = fold(hit.text());
        return q.facts().stream().flatMap(List::stream).anyMatch(f -> text.contains(fold(f)));
    }

    /** Rank (1-based) of the first answer-bearing hit, or 0 when none is. */
    public static int firstRank(EvalQuestions.Question q, List<Hit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            if (isAnswerBearing(q, hits.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    public static Score score(List<Integer> firstRanks) {
        int hits = (int) firstRanks.stream().filter(r -> r > 0).count();
        double rr = firstRanks.stream().mapToDouble(r -> r > 0 ? 1.0 / r : 0).sum();
        int n = firstRanks.size();
        return new Score(n, hits, n == 0 ? 0 : (double) hits / n, n == 0 ? 0 : rr / n);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
