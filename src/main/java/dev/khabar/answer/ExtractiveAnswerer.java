package dev.khabar.answer;

import dev.khabar.index.Analyzers;
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
    /** The share of the question a sentence must match itself to be credited with the whole headline share. */
    private static final double OWN_SHARE_FOR_TITLE = 0.3;
    /** After "किम ने कहा कि, …" a sentence in the first person is the speaker still talking. */
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
            "^[\"“‘']?(हम|हमारे|हमारी|हमारा|हमें|मैं|मेरे|मेरी|मेरा|मुझे)\\s|^[\"“‘']?(We|Our|I|My)\\b");

    /** What ends a sentence (a quotation may close after it); a line ending otherwise may be a heading. */
    private static final String SENTENCE_END = "।.!?\"”'’)";

    /** The most sentences carried on after the best one: a list's items, each opening "दूसरा…", "तीसरा…". */
    private static final int MAX_CONTINUATION = 3;
    /** Share of the concepts found only in neighbouring sentences that a sentence is credited with. */
    private static final double NEIGHBOUR_SHARE = 0.5;

    private static final java.util.regex.Pattern ANAPHORA = java.util.regex.Pattern.compile(
            "^(इस|इसी|इसके|इससे|इसलिए|इन|इनके|यह|यही|ये|वह|वे|उन्होंने|उनके|उनकी|उनका|उसके|उसकी|उसने|वहीं|वहां"
                    + "|ऐसे|ऐसी)\\s"
                    + "|^(This|These|That|Those|He|She|They|It|Its|There)\\b");

    /** "इस ऐलान", "इन हथियारों", "उस बैठक" (not उन: "किम जोंग उन"): a thing the article told of a little earlier. */
    private static final java.util.regex.Pattern DEMONSTRATIVE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{M}])(इस|इसी|इन|उस)\\s+([\\p{L}\\p{M}]+)");
    /** How many sentences back such a thing is looked for. */
    private static final int ANTECEDENT_REACH = 2;

    /**
     * Sentence openings that carry the previous sentence on: "if so…", "along with this…", "in that case…", "for
     * example…", and the items of a list the previous sentence announced ("कुछ समानताएं हैं. एक वजह तो ये है… दूसरा
     * ये कि…").
     */
    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile(
            "^(अगर ऐसा|यदि ऐसा|ऐसे में|ऐसा होने|इसके साथ ही|साथ ही|इसके अलावा|इसके बाद|इस वजह से|इसकी वजह से|इसलिए|इससे"
                    + "|एक वजह|एक कारण|पहली वजह|पहला कारण|दूसरा|दूसरी वजह|तीसरा|तीसरी वजह"
                    // an example bears out the point before it
                    + "|जैसे|उदाहरण के लिए|मसलन)"
                    + "|^(If so|In that case|Along with|Also|As a result|That is why|For example|For instance)\\b");
    /** "एक तरफ … दूसरी तरफ …": on the one hand, and the sentence that gives the other. */
    private static final java.util.regex.Pattern ONE_HAND = java.util.regex.Pattern.compile(
            "^(एक तरफ|एक ओर)|^On (the )?one hand\\b");
    private static final java.util.regex.Pattern OTHER_HAND = java.util.regex.Pattern.compile(
            "^((वहीं )?दूसरी (तरफ|ओर))|^On the other hand\\b");
    /** An item of a list: the paragraph it opens or goes on with is the list, read to its end. */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            // not "दूसरी तरफ", on the other hand
            "^(एक वजह|एक कारण|पहली वजह|पहला कारण|दूसरा|दूसरी वजह|तीसरा|तीसरी वजह)|^(First|Second|Third)(ly)?,");
    /** The most sentences of a list read on after the best one. */
    private static final int MAX_LIST = 6;


    /**
     * {@code found}: the strength of each question concept in the sentence itself, as ConceptWeights gives it;
     * {@code fit}: the weight its intent bonus is a share of (0 when it does not fit the question's intent).
     */
    private record Candidate(Article article, Sentence sentence, double matched, double score, double fit,
            double[] found) {

        boolean isAt(Article a, int index) {
            return article == a && sentence.index() == index;
        }

        Candidate withIntentBonus(double bonus) {
            return new Candidate(article, sentence, matched, score + (bonus - INTENT_BONUS) * fit, fit, found);
        }
    }

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
        ConceptWeights ranking = weights.withNameFloor(NAME_FLOOR);
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
        List<Candidate> chosen = withContinuation(
                withAntecedents(withEachPart(query, speaker, ranking, best, chunks, ctx), ctx), ctx);
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
     * not say what was asked. A "how long" may be answered by dates. A "who" is not answered by a deed told in the
     * passive with nobody doing it.
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
        for (int j = Math.max(0, i - 1); j <= Math.min(a.sentences().size() - 1, i + 1); j++) {
            TermIndex.Terms terms = ctx.terms().sentence(a.id(), a.sentences().get(j));
            // "most countries" in a sentence about sanctions does not count agreements
            boolean counts = query.intent() != Intent.COUNT || weights.namesFocus(query.focus(), terms);
            if (terms.fitsAny(query.answerKinds()) && counts) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sub-heading introduces an answer; it is not one: one that asks ("...की वजह क्या है?"), leads in ("...क्या
     * बोले तानाशाह-"), or stands alone in its paragraph without a full stop ("पुतिन को भेजा किम ने संदेश") — dense in
     * the question's words, it would otherwise be quoted before the sentence that says what the message was.
     */
    private static boolean isLeadIn(Article a, Sentence s) {
        String t = a.quote(s.span()).strip();
        if (t.endsWith("?") || t.endsWith("?\"") || t.endsWith("?'") || t.endsWith("-") || t.endsWith("–")
                || t.endsWith(":")) {
            return true;
        }
        if (t.isEmpty() || SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        int i = s.index();
        return (i == 0 || a.sentences().get(i - 1).paragraph() != s.paragraph())
                && (i == a.sentences().size() - 1 || a.sentences().get(i + 1).paragraph() != s.paragraph());
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
     * asks for and, when it asks what someone said, does not name someone else as the one saying it.
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
                if (byPlace.containsKey(place) || isLeadIn(article, s)) {
                    continue;
                }
                double matched = evidence(weights, article, s, ctx);
                TermIndex.Terms terms = ctx.terms().sentence(article.id(), s);
                double fit = terms.fits(intent) && weights.matched(terms) > 0
                        ? total * terms.sayer().against(speaker).bonusShare() : 0;
                double score = matched + RANK_BONUS * total / (1 + rank) + INTENT_BONUS * fit;
                byPlace.put(place, new Candidate(article, s, matched, score, fit, weights.strengths(List.of(terms))));
            }
        }
        return byScore(new ArrayList<>(byPlace.values()));
    }

    /** {@code ranked} again, with {@code intentBonus} for fitting the intent instead of the ordinary one. */
    private static List<Candidate> rescored(List<Candidate> ranked, double intentBonus) {
        return byScore(ranked.stream().map(c -> c.withIntentBonus(intentBonus))
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
    private static double evidence(ConceptWeights weights, Article article, Sentence s, IndexView ctx) {
        double own = weights.matched(ctx.terms().sentence(article.id(), s));
        List<TermIndex.Terms> window = new ArrayList<>();
        for (int i = s.index() - 1; i <= s.index() + 1; i++) {
            if (i >= 0 && i < article.sentences().size() && article.sentences().get(i).paragraph() == s.paragraph()) {
                window.add(ctx.terms().sentence(article.id(), article.sentences().get(i)));
            }
        }
        double inWindow = weights.score(weights.strengths(window));
        window.add(ctx.terms().title(article.id()));
        double withTitle = weights.score(weights.strengths(window));
        // A sentence sharing little but the headline's words ("पुतिन … की वजह से बचते रहे") is not the answer the
        // headline promises; it earns the headline's words in proportion to what it says of the question itself.
        double titleShare = TITLE_SHARE * Math.min(1, own / Math.max(1e-9, OWN_SHARE_FOR_TITLE * weights.total()));
        return own + NEIGHBOUR_SHARE * Math.max(0, inWindow - own) + titleShare * Math.max(0, withTitle - inWindow);
    }

    /**
     * A quoted sentence that opens by pointing back ("इस बैठक के बाद से...") is read with the sentence before it,
     * or the reader cannot tell which meeting; one that names a thing told before ("पुतिन के इस ऐलान से…") with the
     * sentence that tells it, or the reader cannot tell what was announced.
     */
    private static List<Candidate> withAntecedents(List<Candidate> chosen, IndexView ctx) {
        List<Candidate> out = new ArrayList<>();
        Set<String> places = new HashSet<>();
        chosen.forEach(c -> places.add(c.article().id() + "#" + c.sentence().index()));
        for (Candidate c : chosen) {
            Article a = c.article();
            int previous = c.sentence().index() - 1;
            String text = a.quote(c.sentence().span()).strip();
            // "यही वजह है…" and "अगर ऐसा होता है…" both lean on the sentence before them
            boolean leansBack = previous >= 0 && (ANAPHORA.matcher(text).find() || CONTINUATION.matcher(text).find())
                    && !isLeadIn(a, a.sentences().get(previous));
            int antecedent = leansBack ? previous : toldBefore(a, c.sentence(), text, ctx);
            if (antecedent >= 0 && places.add(a.id() + "#" + antecedent)) {
                out.add(new Candidate(a, a.sentences().get(antecedent), 0, 0, 0, new double[0]));
            }
            out.add(c);
        }
        return out;
    }

    /**
     * The sentence, a little before {@code s} in its paragraph, that tells what {@code s} points back to with "इस
     * ऐलान", "इन हथियारों"; -1 if there is none.
     */
    private static int toldBefore(Article a, Sentence s, String text, IndexView ctx) {
        java.util.regex.Matcher m = DEMONSTRATIVE.matcher(text);
        while (m.find()) {
            List<String> noun = Analyzers.terms(Analyzers.HI, m.group(2));
            if (noun.isEmpty() || IntentCues.isTimeWord(noun.get(0))) {
                continue; // "इस साल", "इस बार": now, not something told before
            }
            for (int j = s.index() - 1; j >= Math.max(0, s.index() - ANTECEDENT_REACH); j--) {
                Sentence before = a.sentences().get(j);
                if (before.paragraph() != s.paragraph() || isLeadIn(a, before)) {
                    break;
                }
                if (ctx.terms().sentence(a.id(), before).hi().containsAll(noun)) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * The best sentence read on into the next ones while they carry it on ("अगर ऐसा होता है तो इसके गंभीर परिणाम हो
     * सकते हैं" after a warning, "ये उसके लिए राहत की बात होगी… इसके साथ ही…", a list's items, a speaker's next
     * words), up to {@link #MAX_CONTINUATION}: the consequence is often the part that answers.
     */
    private static List<Candidate> withContinuation(List<Candidate> chosen, IndexView ctx) {
        // The first chosen sentence, not an antecedent read before it (those are added unscored).
        Candidate best = chosen.stream().filter(c -> c.score() > 0).findFirst().orElse(chosen.get(0));
        Article a = best.article();
        boolean quotes = ctx.terms().sentence(a.id(), best.sentence()).fits(Intent.STATEMENT);
        List<Candidate> out = new ArrayList<>(chosen);
        int at = out.indexOf(best);
        String bestText = a.quote(best.sentence().span()).strip();
        boolean list = LIST_ITEM.matcher(bestText).find();
        boolean oneHand = ONE_HAND.matcher(bestText).find();
        for (int next = best.sentence().index() + 1; next < a.sentences().size()
                && next <= best.sentence().index() + (list ? MAX_LIST : MAX_CONTINUATION); next++) {
            Sentence s = a.sentences().get(next);
            String text = a.quote(s.span()).strip();
            int index = next;
            boolean goesOn = CONTINUATION.matcher(text).find() || ANAPHORA.matcher(text).find()
                    || quotes && FIRST_PERSON.matcher(text).find() || oneHand && OTHER_HAND.matcher(text).find()
                    // an item told without a cue ("दोनों को दरकिनार किया गया है") when the list goes on after it
                    || list && listGoesOn(a, next, best.sentence().index() + MAX_LIST);
            list |= LIST_ITEM.matcher(text).find();
            if (s.paragraph() != best.sentence().paragraph() || isLeadIn(a, s) || !goesOn) {
                break;
            }
            // An item already chosen on its own merit ("एक वजह…") moves up to be read in the list's order.
            Candidate item = out.stream().filter(c -> c.isAt(a, index)).findFirst()
                    .orElse(new Candidate(a, s, 0, 0, 0, new double[0]));
            out.remove(item);
            out.add(++at, item);
        }
        return withSpeakersNextWords(out, best, ctx);
    }

    /**
     * A later quote goes on in the speaker's own voice ("किम ने कहा कि, रूस के साथ बेहतर रिश्ते हमारी प्राथमिकता है. हम
     * साम्राज्यवाद के खिलाफ…"): the next sentence in the first person is the rest of what they said.
     */
    private static List<Candidate> withSpeakersNextWords(List<Candidate> chosen, Candidate best, IndexView ctx) {
        List<Candidate> out = new ArrayList<>(chosen);
        for (Candidate c : chosen) {
            Article a = c.article();
            int next = c.sentence().index() + 1;
            if (c == best || c.score() <= 0 || next >= a.sentences().size()
                    || !ctx.terms().sentence(a.id(), c.sentence()).fits(Intent.STATEMENT)) {
                continue;
            }
            Sentence s = a.sentences().get(next);
            boolean taken = out.stream().anyMatch(o -> o.isAt(a, next));
            if (!taken && s.paragraph() == c.sentence().paragraph()
                    && FIRST_PERSON.matcher(a.quote(s.span()).strip()).find()) {
                out.add(out.indexOf(c) + 1, new Candidate(a, s, 0, 0, 0, new double[0]));
            }
        }
        return out;
    }

    /** Whether a sentence after {@code index}, up to {@code last} and in its paragraph, carries a list on. */
    private static boolean listGoesOn(Article a, int index, int last) {
        int paragraph = a.sentences().get(index).paragraph();
        for (int j = index + 1; j <= Math.min(last, a.sentences().size() - 1); j++) {
            Sentence s = a.sentences().get(j);
            if (s.paragraph() != paragraph) {
                return false;
            }
            if (CONTINUATION.matcher(a.quote(s.span()).strip()).find()) {
                return true;
            }
        }
        return false;
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
