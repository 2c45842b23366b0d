package dev.khabar.answer;

import dev.khabar.index.Analyzers;
import dev.khabar.index.IndexView;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.Sentence;
import dev.khabar.query.Intent;
import dev.khabar.query.IntentCues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences a chosen quote needs around it to be understood: what its "this" points back to, and what carries
 * it on (a consequence, a list's further items, the other hand, the speaker's next words). Those are quoted too,
 * unscored, in the article's order next to the quote they serve.
 */
final class QuoteContext {

    /** After "किम ने कहा कि, …" a sentence in the first person is the speaker still talking. */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "^[\"“‘']?(हम|हमारे|हमारी|हमारा|हमें|मैं|मेरे|मेरी|मेरा|मुझे)\\s|^[\"“‘']?(We|Our|I|My)\\b");

    /** The most sentences carried on after the best one: a list's items, each opening "दूसरा…", "तीसरा…". */
    private static final int MAX_CONTINUATION = 3;

    /** How a list's items open: "एक वजह तो ये है… दूसरा ये कि…" (not "दूसरी तरफ", on the other hand). */
    private static final String LIST_OPENERS = "एक वजह|एक कारण|पहली वजह|पहला कारण|दूसरा|दूसरी वजह|तीसरा|तीसरी वजह";

    private static final Pattern ANAPHORA = Pattern.compile(
            "^(इस|इसी|इसके|इससे|इसलिए|इन|इनके|यह|यही|ये|वह|वे|उन्होंने|उनके|उनकी|उनका|उसके|उसकी|उसने|वहीं|वहां"
                    + "|ऐसे|ऐसी)\\s"
                    + "|^(This|These|That|Those|He|She|They|It|Its|There)\\b");

    /** "इस ऐलान", "इन हथियारों", "उस बैठक" (not उन: "किम जोंग उन"): a thing the article told of a little earlier. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(इस|इसी|इन|उस)\\s+([\\p{L}\\p{M}]+)");
    /** How many sentences back such a thing is looked for. */
    private static final int ANTECEDENT_REACH = 2;

    /**
     * Sentence openings that carry the previous sentence on: "if so…", "along with this…", "in that case…", "for
     * example…", and the items of a list the previous sentence announced ("कुछ समानताएं हैं. एक वजह तो ये है… दूसरा
     * ये कि…").
     */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(अगर ऐसा|यदि ऐसा|ऐसे में|ऐसा होने|इसके साथ ही|साथ ही|इसके अलावा|इसके बाद|इस वजह से|इसकी वजह से|इसलिए|इससे"
                    + "|" + LIST_OPENERS
                    // an example bears out the point before it
                    + "|जैसे|उदाहरण के लिए|मसलन)"
                    + "|^(If so|In that case|Along with|Also|As a result|That is why|For example|For instance)\\b");
    /** "एक तरफ … दूसरी तरफ …": on the one hand, and the sentence that gives the other. */
    private static final Pattern ONE_HAND = Pattern.compile(
            "^(एक तरफ|एक ओर)|^On (the )?one hand\\b");
    private static final Pattern OTHER_HAND = Pattern.compile(
            "^((वहीं )?दूसरी (तरफ|ओर))|^On the other hand\\b");
    /** An item of a list: the paragraph it opens or goes on with is the list, read to its end. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(" + LIST_OPENERS + ")|^(First|Second|Third)(ly)?,");
    /** The most sentences of a list read on after the best one. */
    private static final int MAX_LIST = 6;

    private QuoteContext() {
    }

    /** {@code chosen} with the sentences each needs before it, and the best one read on. */
    static List<Candidate> around(List<Candidate> chosen, IndexView ctx) {
        return withContinuation(withAntecedents(chosen, ctx), ctx);
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
            String text = c.text();
            // "यही वजह है…" and "अगर ऐसा होता है…" both lean on the sentence before them
            boolean leansBack = previous >= 0 && (ANAPHORA.matcher(text).find() || CONTINUATION.matcher(text).find())
                    && !LeadIns.isLeadIn(a, a.sentences().get(previous));
            int antecedent = leansBack ? previous : toldBefore(a, c.sentence(), text, ctx);
            if (antecedent >= 0 && places.add(a.id() + "#" + antecedent)) {
                out.add(Candidate.readOn(a, a.sentences().get(antecedent)));
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
        Matcher m = DEMONSTRATIVE.matcher(text);
        while (m.find()) {
            List<String> noun = Analyzers.terms(Analyzers.HI, m.group(2));
            if (noun.isEmpty() || IntentCues.isTimeWord(noun.get(0))) {
                continue; // "इस साल", "इस बार": now, not something told before
            }
            for (int j = s.index() - 1; j >= Math.max(0, s.index() - ANTECEDENT_REACH); j--) {
                Sentence before = a.sentences().get(j);
                if (before.paragraph() != s.paragraph() || LeadIns.isLeadIn(a, before)) {
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
        Candidate best = chosen.stream().filter(Candidate::scored).findFirst().orElse(chosen.get(0));
        Article a = best.article();
        boolean quotes = ctx.terms().sentence(a.id(), best.sentence()).fits(Intent.STATEMENT);
        List<Candidate> out = new ArrayList<>(chosen);
        int at = out.indexOf(best);
        String bestText = best.text();
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
            if (s.paragraph() != best.sentence().paragraph() || LeadIns.isLeadIn(a, s) || !goesOn) {
                break;
            }
            // An item already chosen on its own merit ("एक वजह…") moves up to be read in the list's order.
            Candidate item = out.stream().filter(c -> c.isAt(a, index)).findFirst()
                    .orElse(Candidate.readOn(a, s));
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
            if (c == best || !c.scored() || next >= a.sentences().size()
                    || !ctx.terms().sentence(a.id(), c.sentence()).fits(Intent.STATEMENT)) {
                continue;
            }
            Sentence s = a.sentences().get(next);
            boolean taken = out.stream().anyMatch(o -> o.isAt(a, next));
            if (!taken && s.paragraph() == c.sentence().paragraph()
                    && FIRST_PERSON.matcher(a.quote(s.span()).strip()).find()) {
                out.add(out.indexOf(c) + 1, Candidate.readOn(a, s));
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
}
