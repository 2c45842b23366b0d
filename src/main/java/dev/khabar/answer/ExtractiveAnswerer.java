package dev.khabar.answer;

import dev.khabar.index.IndexView;
import dev.khabar.index.TermIndex;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.Sentence;
import dev.khabar.query.Attribution;
import dev.khabar.query.Concept;
import dev.khabar.query.ExpandedQuery;
import dev.khabar.query.Intent;
import dev.khabar.query.IntentCues;
import dev.khabar.query.QuestionParts;
import dev.khabar.query.Source;
import dev.khabar.query.Speaker;
import dev.khabar.retrieval.ConceptWeights;
import dev.khabar.retrieval.RankedChunk;
import dev.khabar.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The default, model-free answerer. It scores every sentence of the retrieved chunks by the weighted question
 * concepts it contains, the question's intent and its chunk's rank, and quotes the best few verbatim, each with its
 * own citation. If no passage covers enough of the question it says so instead of quoting something loosely related;
 * so it does when the question is about the retrieved pages rather than their news (a photo credit, a related link).
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final String NAME = "extractive";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ExtractiveAnswerer.class);

    /** Sentence score bonus, as a share of the question's total weight, for fitting the question's intent. */
    private static final double INTENT_BONUS = 0.35;
    /**
     * The bonus when quoting for a "when", "how long" or "how many": the sentence that holds the value answers, even
     * if another repeats more of the question's words ("how long since Putin last went" is "24 सालों में पहली बार").
     */
    private static final double VALUE_BONUS = 0.7;
    /** The least a name the question gives counts when sentences are compared; see ConceptWeights.withNameFloor. */
    private static final double NAME_FLOOR = 0.6;
    /** The share of their weight the words describing a question's source keep when sentences are compared. */
    private static final double SOURCE_SHARE = 0.5;
    /** Bonus for coming from the best-ranked chunk, fading with rank. */
    private static final double RANK_BONUS = 0.15;
    /** A further sentence is quoted only if it matches this share of what the best one matches. */
    private static final double FOLLOWER_RATIO = 0.5;
    /** A follower from an article already quoted competes at this share of its score. */
    private static final double SAME_ARTICLE_FACTOR = 0.8;
    /** How much a follower gains for each unit of question weight it adds to what is already quoted. */
    private static final double NOVELTY = 1.0;
    /** Share of the concepts found only in the article's headline that a sentence is credited with. */
    private static final double TITLE_SHARE = 0.5;
    /** Share of the concepts found only in neighbouring sentences that a sentence is credited with. */
    private static final double NEIGHBOUR_SHARE = 0.5;
    /** The share of the question a sentence must match itself to be credited with the whole headline share. */
    private static final double OWN_SHARE_FOR_TITLE = 0.3;

    private final Supplier<IndexView> context;
    private final int maxSentences;
    private final double minCoverage;

    public ExtractiveAnswerer(Supplier<IndexView> context, int maxSentences, double minCoverage) {
        this.context = context;
        this.maxSentences = maxSentences;
        this.minCoverage = minCoverage;
    }

    @Override
    public Answer answer(ExpandedQuery query, List<RankedChunk> chunks) {
        IndexView ctx = context.get();
        ConceptWeights weights = new ConceptWeights(query, ctx.lexical());
        double coverage = bestCoverage(weights, chunks, ctx);
        java.util.BitSet description = Source.describingANamedSource(query);
        if (!description.isEmpty()) {
            // "Japan's public broadcaster NHK": the articles name NHK and need not describe it as the reader does
            coverage = Math.max(coverage, bestCoverage(weights.scaled(description, 0), chunks, ctx));
        }
        double furniture = boilerplateCoverage(weights, chunks, ctx);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s | coverage %.2f | %s | boilerplate %.2f", query.question(), coverage, weights.describe(),
                    furniture);
        }
        if (weights.size() == 0 || chunks.isEmpty() || coverage < minCoverage
                || !focusFound(query, weights) || furniture >= minCoverage) {
            return Answer.refusal(Refusals.notFound(query.language()), NAME);
        }
        // Which sentence answers best is a comparison between passages, where a name counts however common it is.
        ConceptWeights ranking = weights.withNameFloor(NAME_FLOOR).scaled(Source.describingWords(query), SOURCE_SHARE);
        Optional<Concept> speaker = Speaker.of(query);
        List<Candidate> ranked = candidates(query.intent(), speaker, ranking, chunks, ctx);
        if (LOG.isDebugEnabled()) {
            ranked.stream().limit(6).forEach(c -> LOG.debugf("  %.2f (own+context %.2f) %s#%d %s", c.score(),
                    c.matched(), c.article().id(), c.sentence().index(), c.article().quote(c.sentence().span())));
        }
        if (ranked.isEmpty() || ranked.get(0).matched() <= 0 || !answersTheKind(query, ranked.get(0), ranking, ctx)) {
            return Answer.refusal(Refusals.notFound(query.language()), NAME);
        }
        // Whether the articles answer is judged on the ordinary ranking: with the stronger bonus, any sentence holding
        // a number would make an unanswerable "how many" look answered.
        List<Candidate> quotable = query.intent().asksForAValue() ? rescored(ranked, VALUE_BONUS) : ranked;
        List<Candidate> best = choose(quotable, maxSentences, ranking);
        List<Candidate> chosen = QuoteContext.around(withEachPart(query, speaker, ranking, best, chunks, ctx), ctx);
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Candidate c : chosen) {
            int n = citations.size() + 1;
            String snippet = c.article().quote(c.sentence().span());
            citations.add(new Citation(n, c.article().id(), c.article().title(), snippet,
                    c.article().codePointOffset(c.sentence().span().start()),
                    c.article().codePointOffset(c.sentence().span().end())));
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(snippet).append(" [").append(n).append(']');
        }
        return new Answer(text.toString(), true, citations, NAME, List.of());
    }

    /**
     * The articles must name what a question asks about ("how many soldiers"), unless it asks two things: "what do
     * they say, and which rule would it break" is answered for the part the articles cover.
     */
    private static boolean focusFound(ExpandedQuery query, ConceptWeights weights) {
        return weights.focusPresent(query.focus()) || QuestionParts.of(query).size() > 1;
    }

    /**
     * "When", "how many" and "how far" questions are answered by a date, a number or a distance: if the best sentence
     * carries none (or, for a count, none that names what is counted), the articles talk about the subject but do
     * not say what was asked. A "how long" may be answered by the dates a stretch runs between. A "who" is not
     * answered by a deed told in the passive with nobody doing it.
     */
    private static boolean answersTheKind(ExpandedQuery query, Candidate best, ConceptWeights weights, IndexView ctx) {
        if (query.intent() == Intent.PERSON) {
            // "who welcomed him" and the best sentence is "यहां उनका भव्य स्वागत किया गया": nobody is named
            return !Attribution.namesNoDoer(best.article().quote(best.sentence().span()))
                    || ctx.terms().sentence(best.article().id(), best.sentence()).fits(Intent.PERSON);
        }
        if (!query.intent().asksForAValue()) {
            return true;
        }
        Article a = best.article();
        int i = best.sentence().index();
        java.util.Set<Intent> kinds = query.answerKinds();
        for (int j = Math.max(0, i - 1); j <= Math.min(a.sentences().size() - 1, i + 1); j++) {
            TermIndex.Terms terms = ctx.terms().sentence(a.id(), a.sentences().get(j));
            // "most countries" in a sentence about sanctions does not count agreements
            boolean counts = query.intent() != Intent.COUNT || weights.namesFocus(query.focus(), terms);
            if (terms.fitsAny(kinds) && counts || query.intent() == Intent.DURATION
                    && IntentCues.boundsAStretch(a.quote(a.sentences().get(j).span()))) {
                return true;
            }
        }
        return false;
    }

    /** How well a line of the retrieved pages' boilerplate covers the question; see ConceptWeights. */
    private static double boilerplateCoverage(ConceptWeights weights, List<RankedChunk> chunks, IndexView ctx) {
        List<String> docs = chunks.stream().map(rc -> rc.chunk().documentId()).distinct().toList();
        return weights.boilerplateCoverage(docs.stream().flatMap(doc -> ctx.terms().boilerplate(doc).stream()).toList(),
                docs.stream().map(doc -> ctx.terms().title(doc)).toList());
    }

    /** The largest weighted share of question concepts any retrieved chunk (with its headline) contains. */
    static double bestCoverage(ConceptWeights weights, List<RankedChunk> chunks, IndexView ctx) {
        if (weights.total() <= 0) {
            return 0;
        }
        double best = 0;
        for (RankedChunk rc : chunks) {
            String doc = rc.chunk().documentId();
            List<TermIndex.Terms> parts = new ArrayList<>();
            parts.add(ctx.terms().title(doc));
            rc.chunk().sentences().forEach(s -> parts.add(ctx.terms().sentence(doc, s)));
            double[] found = weights.strengths(parts);
            double covered = weights.score(found);
            if (covered / weights.total() > best && LOG.isDebugEnabled()) {
                LOG.debugf("  best so far %s: concepts %s", rc.chunk().key(), java.util.Arrays.toString(found));
            }
            best = Math.max(best, covered / weights.total());
        }
        return best;
    }

    /**
     * For a question that asks two things ("how did Kim travel, and who went with him?"), the best sentence for each
     * part that the chosen ones lack, scored by that part's words and intent: otherwise the part with the rarer words
     * fills the whole answer.
     */
    private static List<Candidate> withEachPart(ExpandedQuery query, Optional<Concept> speaker, ConceptWeights weights,
            List<Candidate> chosen, List<RankedChunk> chunks, IndexView ctx) {
        List<Candidate> out = new ArrayList<>(chosen);
        int at = 1;
        for (QuestionParts.Part part : QuestionParts.of(query)) {
            List<Candidate> forPart = candidates(part.intent(), speaker, weights.restrictedTo(part.concepts()), chunks,
                    ctx);
            if (forPart.isEmpty() || forPart.get(0).matched() <= 0) {
                continue;
            }
            Candidate best = forPart.get(0);
            if (out.stream().noneMatch(c -> c.isAt(best.article(), best.sentence().index()))) {
                out.add(at++, best);
            }
        }
        return out;
    }

    /**
     * Every sentence of the chunks, best first. The intent bonus goes to a sentence that carries what the question
     * asks for and, when it asks what someone said, names them in or next to it and not someone else as the one
     * saying it.
     */
    private static List<Candidate> candidates(Intent intent, Optional<Concept> speaker, ConceptWeights weights,
            List<RankedChunk> chunks, IndexView ctx) {
        Map<String, Candidate> byPlace = new LinkedHashMap<>();
        double total = weights.total();
        for (int rank = 0; rank < chunks.size(); rank++) {
            RankedChunk rc = chunks.get(rank);
            Article article = ctx.corpus().article(rc.chunk().documentId()).orElse(null);
            if (article == null) {
                continue;
            }
            for (Sentence s : rc.chunk().sentences()) {
                String place = article.id() + "#" + s.index();
                if (byPlace.containsKey(place) || LeadIns.isLeadIn(article, s)) {
                    continue;
                }
                List<TermIndex.Terms> window = paragraphWindow(article, s, ctx);
                double matched = evidence(weights, article, s, window, ctx);
                TermIndex.Terms terms = ctx.terms().sentence(article.id(), s);
                // "what does the US say": a claim next to which the US is not named is someone else's
                boolean speakerAbsent = speaker.isPresent() && !weights.finds(speaker.get(), window);
                double fit = terms.fits(intent) && weights.matched(terms) > 0 && !speakerAbsent
                        ? total * terms.sayer().against(speaker).bonusShare() : 0;
                double score = matched + RANK_BONUS * total / (1 + rank) + INTENT_BONUS * fit;
                byPlace.put(place, new Candidate(article, s, matched, score, fit, weights.strengths(List.of(terms))));
            }
        }
        return byScore(new ArrayList<>(byPlace.values()));
    }

    /** {@code ranked} again, with {@code intentBonus} for fitting the intent instead of the ordinary one. */
    private static List<Candidate> rescored(List<Candidate> ranked, double intentBonus) {
        return byScore(ranked.stream().map(c -> c.withIntentBonus(intentBonus, INTENT_BONUS))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
    }

    private static List<Candidate> byScore(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /**
     * What a sentence matches itself, plus half of what its neighbours in the paragraph add: "ये मुलाकात ...
     * वोस्तोचनी कॉस्मोड्रोम में हुई" answers "where did Kim and Putin meet" though the names are in the sentence
     * before.
     */
    private static double evidence(ConceptWeights weights, Article article, Sentence s, List<TermIndex.Terms> window,
            IndexView ctx) {
        double own = weights.matched(ctx.terms().sentence(article.id(), s));
        double inWindow = weights.score(weights.strengths(window));
        List<TermIndex.Terms> withHeadline = new ArrayList<>(window);
        withHeadline.add(ctx.terms().title(article.id()));
        double withTitle = weights.score(weights.strengths(withHeadline));
        // A sentence sharing little but the headline's words ("पुतिन … की वजह से बचते रहे") is not the answer the
        // headline promises; it earns the headline's words in proportion to what it says of the question itself.
        double titleShare = TITLE_SHARE * Math.min(1, own / Math.max(1e-9, OWN_SHARE_FOR_TITLE * weights.total()));
        return own + NEIGHBOUR_SHARE * Math.max(0, inWindow - own) + titleShare * Math.max(0, withTitle - inWindow);
    }

    /** The terms of {@code s} and of the sentences either side of it in its paragraph. */
    private static List<TermIndex.Terms> paragraphWindow(Article article, Sentence s, IndexView ctx) {
        List<TermIndex.Terms> window = new ArrayList<>();
        for (int i = s.index() - 1; i <= s.index() + 1; i++) {
            if (i >= 0 && i < article.sentences().size() && article.sentences().get(i).paragraph() == s.paragraph()) {
                window.add(ctx.terms().sentence(article.id(), article.sentences().get(i)));
            }
        }
        return window;
    }

    /**
     * The best sentence, then followers strong enough next to it, preferring the question words not yet quoted and
     * articles not yet quoted: a second article usually adds a fact, a second sentence of the same one usually
     * repeats it.
     */
    private static List<Candidate> choose(List<Candidate> ranked, int maxSentences, ConceptWeights weights) {
        Candidate best = ranked.get(0);
        List<Candidate> chosen = new ArrayList<>(List.of(best));
        Set<String> seen = new HashSet<>(Set.of(normalized(best)));
        Set<String> quotedArticles = new HashSet<>(Set.of(best.article().id()));
        double[] covered = best.found().clone();
        List<Candidate> followers = new ArrayList<>(ranked.subList(1, ranked.size()));
        while (chosen.size() < maxSentences && !followers.isEmpty()) {
            Candidate next = null;
            double nextScore = -1;
            for (Candidate c : followers) {
                double s = quotedArticles.contains(c.article().id()) ? c.score() * SAME_ARTICLE_FACTOR : c.score();
                s += NOVELTY * gain(weights, covered, c.found());
                if (s > nextScore) {
                    next = c;
                    nextScore = s;
                }
            }
            followers.remove(next);
            boolean strongEnough = next.matched() >= FOLLOWER_RATIO * best.matched();
            if (strongEnough && seen.add(normalized(next))) {
                chosen.add(next);
                quotedArticles.add(next.article().id());
                for (int i = 0; i < covered.length; i++) {
                    covered[i] = Math.max(covered[i], next.found()[i]);
                }
            }
        }
        return chosen;
    }

    /** The weight of what {@code found} adds to what the chosen sentences already say. */
    private static double gain(ConceptWeights weights, double[] covered, double[] found) {
        double sum = 0;
        for (int i = 0; i < covered.length; i++) {
            sum += weights.weight(i) * Math.max(0, found[i] - covered[i]);
        }
        return sum;
    }

    private static String normalized(Candidate c) {
        return TextNormalizer.forMatching(c.article().quote(c.sentence().span()));
    }
}
