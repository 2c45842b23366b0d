package dev.khabar.answer;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.Sentence;

/**
 * A sentence the extractive answerer may quote. {@code found}: the strength of each question concept in the sentence
 * itself, as ConceptWeights gives it; {@code fit}: the weight its intent bonus is a share of (0 when it does not fit
 * the question's intent). A sentence read only to make a quote understood is unscored ({@link #readOn}).
 */
record Candidate(Article article, Sentence sentence, double matched, double score, double fit, double[] found) {

    /** A sentence quoted for the one it goes with (what "this" points back to, a list's next item), not on its merit. */
    static Candidate readOn(Article article, Sentence sentence) {
        return new Candidate(article, sentence, 0, 0, 0, new double[0]);
    }

    boolean scored() {
        return score > 0;
    }

    boolean isAt(Article a, int index) {
        return article == a && sentence.index() == index;
    }

    /** This candidate with {@code bonus} for fitting the question's intent in place of {@code ordinary}. */
    Candidate withIntentBonus(double bonus, double ordinary) {
        return new Candidate(article, sentence, matched, score + (bonus - ordinary) * fit, fit, found);
    }

    String text() {
        return article.quote(sentence.span()).strip();
    }
}
