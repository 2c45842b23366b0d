package dev.khabar.retrieval;

import dev.khabar.index.LexicalIndex;
import dev.khabar.index.TermIndex;
import dev.khabar.query.Alternative;
import dev.khabar.query.Concept;
import dev.khabar.query.ExpandedQuery;
import dev.khabar.query.IntentCues;
import java.util.List;
import java.util.Set;

/**
 * How much each question concept matters: the BM25 idf of its most common rendering in the articles. A concept
 * the articles never mention weighs most, which is what lets an off-topic question fail the coverage test. One
 * instance serves one question on one thread.
 */
public final class ConceptWeights {

    private static final double UNLISTED_ABSENT_WEIGHT = 0.5;
    private static final double TEMPORAL_WEIGHT = 1.0;
    /** The share of its rarity a Hindi verb of the question weighs when the articles have it. */
    private static final double VERB_SHARE = 0.75;

    private final List<Concept> concepts;
    /** Each concept's renderings, strongest first, so the first one found is the best. */
    private final List<List<Alternative>> strongestFirst;
    /** Strengths per sentence, computed once per question: answer scoring looks at each sentence many times. */
    private final java.util.Map<TermIndex.Terms, double[]> seen;
    private final double[] weights;
    private final boolean[] present;
    private final double total;

    /** Reuses the sentence strengths already worked out: they do not depend on the weights. */
    private ConceptWeights(ConceptWeights base, double[] weights) {
        this.concepts = base.concepts;
        this.strongestFirst = base.strongestFirst;
        this.seen = base.seen;
        this.present = base.present;
        this.weights = weights;
        this.total = java.util.Arrays.stream(weights).sum();
    }

    public ConceptWeights(ExpandedQuery query, LexicalIndex index) {
        this.concepts = query.concepts();
        this.seen = new java.util.IdentityHashMap<>();
        this.strongestFirst = concepts.stream().map(c -> c.alternatives().stream()
                .sorted(java.util.Comparator.comparingDouble(Alternative::boost).reversed()).toList()).toList();
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
            weights[i] = df > 0 ? idf(n, df) : absentWeight(concepts.get(i), idf(n, 0));
            if (df > 0 && concepts.get(i).kind() == Concept.Kind.HINDI_VERB) {
                // "भेजा" in the question, "दिया" in the answer: a verb says how the question asks more than what about
                weights[i] *= VERB_SHARE;
            }
            if (df > 0 && isTemporal(concepts.get(i))) {
                // "in September 2023" narrows the question but is not its topic; rare as dates are, letting them
                // weigh like names ranks any passage with a date above the one that answers.
                weights[i] = Math.min(weights[i], TEMPORAL_WEIGHT);
            }
            sum += weights[i];
        }
        this.total = sum;
    }

    /**
     * These weights for ranking passages against each other: a name the question gives ("Russia", "North Korea")
     * counts at least {@code nameFloor} however common it is, so the passage about Russia ranks above the one about
     * North Korea. Not for deciding whether the articles answer at all: common names would make any question look
     * covered.
     */
    public ConceptWeights withNameFloor(double nameFloor) {
        double[] floored = weights.clone();
        for (int i = 0; i < floored.length; i++) {
            if (present[i] && concepts.get(i).kind() == Concept.Kind.NAME && !isTemporal(concepts.get(i))) {
                floored[i] = Math.max(floored[i], nameFloor);
            }
        }
        return new ConceptWeights(this, floored);
    }

    /** These weights with the concepts in {@code scaled} counting {@code share} of their weight. */
    public ConceptWeights scaled(java.util.BitSet scaled, double share) {
        double[] out = weights.clone();
        scaled.stream().filter(i -> i < out.length).forEach(i -> out[i] *= share);
        return new ConceptWeights(this, out);
    }

    /** These weights with every concept outside {@code kept} counting nothing: one part of a two-part question. */
    public ConceptWeights restrictedTo(java.util.BitSet kept) {
        java.util.BitSet others = new java.util.BitSet();
        others.set(0, weights.length);
        others.andNot(kept);
        return scaled(others, 0);
    }

    private static boolean isTemporal(Concept c) {
        if (c.surface().chars().allMatch(Character::isDigit)) {
            return true;
        }
        return c.alternatives().stream().anyMatch(a -> a.field().equals(dev.khabar.index.Analyzers.HI)
                && a.terms().size() == 1 && IntentCues.isTimeWord(a.terms().get(0)));
    }

    private static double idf(int n, int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /**
     * A missing name is the surest sign the articles are about something else; a missing unknown Latin word is
     * as likely filler ("lately", "mostly") and counts little.
     */
    private static double absentWeight(Concept c, double maxIdf) {
        return switch (c.kind()) {
            case NAME -> 2.0 * maxIdf;
            case LISTED -> maxIdf;
            // a Hindi phrase ("शी जिनपिंग") missing from the articles weighs as its missing words would
            case HINDI -> maxIdf * c.surface().split(" ").length;
            // the articles say "दर्शाती है" where the question says "दिखाती है"
            case UNLISTED, HINDI_VERB, QUALIFIER -> UNLISTED_ABSENT_WEIGHT;
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
        return focus < 0 || focus >= present.length || present[focus] || absenceTellsLittle(concepts.get(focus));
    }

    /**
     * Whether {@code terms} name the question's focus ("how many agreements": a sentence counting them says
     * समझौते); true without a focus, or when no lexicon knows the word, as the articles may word it otherwise.
     */
    public boolean namesFocus(int focus, TermIndex.Terms terms) {
        return focus < 0 || focus >= concepts.size() || concepts.get(focus).kind() == Concept.Kind.UNLISTED
                || strengths(List.of(terms))[focus] > 0;
    }

    /** Whether {@code parts} hold question concept {@code c}; true for a concept not of this question. */
    public boolean finds(Concept c, List<TermIndex.Terms> parts) {
        int i = concepts.indexOf(c);
        return i < 0 || strengths(parts)[i] > 0;
    }

    /** An unknown Latin word, a Hindi verb, a generic adjective: as likely filler or other wording as a lack. */
    private static boolean absenceTellsLittle(Concept c) {
        return c.kind() == Concept.Kind.UNLISTED || c.kind() == Concept.Kind.HINDI_VERB
                || c.kind() == Concept.Kind.QUALIFIER;
    }

    /**
     * The largest share of the question one of {@code lines} of page boilerplate covers, counting only lines that hold
     * a concept the articles themselves (text or headlines) never mention (a photo credit, a related link's
     * headline); 0 if none does.
     * A question such a line answers better than the news is about the page around it, which is never cited.
     */
    public double boilerplateCoverage(List<TermIndex.Terms> lines, List<TermIndex.Terms> headlines) {
        if (total <= 0) {
            return 0;
        }
        // An image caption repeating the headline ("…क्या प्लान बना रहे हैं") holds the headline's words, not the page's.
        double[] inHeadlines = strengths(headlines);
        double best = 0;
        for (TermIndex.Terms line : lines) {
            double[] found = strengthsOf(line);
            for (int i = 0; i < found.length; i++) {
                if (!present[i] && inHeadlines[i] == 0 && found[i] > 0) {
                    best = Math.max(best, score(found) / total);
                    break;
                }
            }
        }
        return best;
    }

    /** Summed weight of the concepts found in {@code terms}, each scaled by how directly it was found. */
    public double matched(TermIndex.Terms terms) {
        return score(seen.computeIfAbsent(terms, this::strengthsOf));
    }

    /**
     * Per concept, the strongest rendering found in any of {@code parts}: 1 for the word or a listed translation,
     * less for a sibling or a guessed spelling, 0 when absent.
     */
    public double[] strengths(List<TermIndex.Terms> parts) {
        double[] found = new double[concepts.size()];
        for (TermIndex.Terms t : parts) {
            double[] own = seen.computeIfAbsent(t, this::strengthsOf);
            for (int i = 0; i < found.length; i++) {
                found[i] = Math.max(found[i], own[i]);
            }
        }
        return found;
    }

    private double[] strengthsOf(TermIndex.Terms terms) {
        double[] found = new double[concepts.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = strength(strongestFirst.get(i), terms);
        }
        return found;
    }

    public double score(double[] strengths) {
        double sum = 0;
        for (int i = 0; i < strengths.length; i++) {
            sum += weights[i] * strengths[i];
        }
        return sum;
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

    /** The boost of the first rendering found, capped at 1; renderings come strongest first. */
    private static double strength(List<Alternative> strongestFirst, TermIndex.Terms terms) {
        for (Alternative alt : strongestFirst) {
            if (alt.boost() <= 0) {
                return 0;
            }
            Set<String> field = terms.field(alt.field());
            if (!field.isEmpty() && field.containsAll(alt.terms())) {
                return Math.min(1.0, alt.boost());
            }
        }
        return 0;
    }

    private static int docFreq(LexicalIndex index, Alternative alt) {
        int df = Integer.MAX_VALUE;
        for (String t : alt.terms()) {
            df = Math.min(df, index.docFreq(alt.field(), t));
        }
        return df == Integer.MAX_VALUE ? 0 : df;
    }
}
