package dev.khabar.retrieval;

import dev.khabar.index.LexicalIndex;
import dev.khabar.index.TermIndex;
import dev.khabar.query.Alternative;
import dev.khabar.query.Concept;
import dev.khabar.query.ExpandedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How much each question concept matters: the BM25 idf of its most common rendering in the articles. A concept
 * the articles never mention weighs most, which is what lets an off-topic question fail the coverage test.
 */
public final class ConceptWeights {

    private static final double UNLISTED_ABSENT_WEIGHT = 0.5;

    private final List<Concept> concepts;
    private final double[] weights;
    private final boolean[] present;
    private final double total;

    public ConceptWeights(ExpandedQuery query, LexicalIndex index) {
        this.concepts = query.concepts();
        this.weights = new double[concepts.size()];
        this.present = new boolean[concepts.size()];
        int n = Math.max(1, index.numDocs());
        double sum = 0;
        for (int i = 0; i < concepts.size(); i++) {
            int df = 0;
            for (Alternative alt : concepts.get(i).alternatives()) {
                df = Math.max(df, docFreq(index, alt));
            }
            present[i] = df > 0;
            weights[i] = df > 0 ? idf(n, df) : absentWeight(concepts.get(i).kind(), idf(n, 0));
            sum += weights[i];
        }
        this.total = sum;
    }

    private static double idf(int n, int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /**
     * A missing name is the surest sign the articles are about something else; a missing unknown Latin word is
     * as likely filler ("lately", "mostly") and counts little.
     */
    private static double absentWeight(Concept.Kind kind, double maxIdf) {
        return switch (kind) {
            case NAME -> 2.0 * maxIdf;
            case LISTED -> maxIdf;
            case HINDI -> 0.5 * maxIdf;
            case UNLISTED -> UNLISTED_ABSENT_WEIGHT;
        };
    }

    public double total() {
        return total;
    }

    public int size() {
        return concepts.size();
    }

    /** False when the articles never mention the question's focus (the thing a "how many" question counts). */
    public boolean focusPresent(int focus) {
        return focus < 0 || focus >= present.length || present[focus];
    }

    public boolean presentInCorpus(int i) {
        return present[i];
    }

    /** Summed weight of the concepts found in {@code terms}. */
    public double matched(TermIndex.Terms terms) {
        double sum = 0;
        for (int i = 0; i < concepts.size(); i++) {
            if (matches(concepts.get(i), terms)) {
                sum += weights[i];
            }
        }
        return sum;
    }

    /** Indexes of the concepts found in any of {@code parts}. */
    public List<Integer> matchedConcepts(List<TermIndex.Terms> parts) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            for (TermIndex.Terms t : parts) {
                if (matches(concepts.get(i), t)) {
                    found.add(i);
                    break;
                }
            }
        }
        return found;
    }

    /** "surface=weight" per concept, absent ones starred; for logs. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < concepts.size(); i++) {
            sb.append(concepts.get(i).surface()).append(present[i] ? "=" : "*=")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", weights[i])).append(' ');
        }
        return sb.toString().trim();
    }

    public double weight(int i) {
        return weights[i];
    }

    public static boolean matches(Concept concept, TermIndex.Terms terms) {
        for (Alternative alt : concept.alternatives()) {
            Set<String> field = terms.field(alt.field());
            if (!field.isEmpty() && field.containsAll(alt.terms())) {
                return true;
            }
        }
        return false;
    }

    private static int docFreq(LexicalIndex index, Alternative alt) {
        int df = Integer.MAX_VALUE;
        for (String t : alt.terms()) {
            df = Math.min(df, index.docFreq(alt.field(), t));
        }
        return df == Integer.MAX_VALUE ? 0 : df;
    }
}
