package dev.khabar.query;

import dev.khabar.index.Analyzers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who says what a sentence reports: the words before the ने that comes before its verb of saying ("किम जोंग ने
 * कहा कि…", "पुतिन ने किम से कहा"); nobody, when the saying is passive ("कहा जा रहा है", it is said). Only Hindi
 * marks the speaker so plainly; a sentence that names no one is given the benefit of the doubt. The same marker tells
 * whether a deed told in the passive has a doer at all ({@link #namesNoDoer}).
 */
public enum Attribution {
    /** The sentence has the asked speaker say it. */
    BY_SPEAKER,
    /** Someone else says it, or nobody does ("कहा जा रहा है"). */
    BY_ANOTHER,
    /** No verb of saying, or none with its speaker marked. */
    UNSTATED;

    private static final Pattern SAYING = Pattern.compile("कहा(?![ंँ])|कहना|बताया|बोले|ऐलान|घोषणा|दावा|चेतावनी");
    private static final Pattern PASSIVE = Pattern.compile("^\\s+(जा|गया|गई|गए|गयी)(?![\\p{L}\\p{M}])");
    /** A deed in the passive: "स्वागत किया गया", "सौंपी गई", "दिया जाएगा". */
    private static final Pattern PASSIVE_DEED = Pattern.compile(
            "(किया|किए|किये|की|दिया|दी|दिए|लिया|ली|लिए|सौंपा|सौंपी|भेजा|भेजी|भेजे)"
                    + " (गया|गई|गए|गयी|गये|जाएगा|जाएगी|जा रहा|जा रही)");
    /** The agent marker, with up to three words before it: "के बाद किम जोंग ने". */
    private static final Pattern AGENT = Pattern.compile("((?:\\S+\\s+){0,2}\\S+)\\s+ने(?=\\s)");

    /** Whether the sentence tells a deed in the passive and names nobody doing it (neither "X ने" nor "X द्वारा"). */
    public static boolean namesNoDoer(String sentence) {
        return PASSIVE_DEED.matcher(sentence).find() && !sentence.contains(" ने ") && !sentence.contains("द्वारा");
    }

    /** As {@link #of(String, Concept)}; a question that names no speaker finds none. */
    public static Attribution of(String sentence, Optional<Concept> speaker) {
        return speaker.map(who -> of(sentence, who)).orElse(UNSTATED);
    }

    /** Who, as far as the sentence tells, says what it reports, against the speaker a question asks about. */
    public static Attribution of(String sentence, Concept speaker) {
        Matcher saying = SAYING.matcher(sentence);
        if (!saying.find()) {
            return UNSTATED;
        }
        if (PASSIVE.matcher(sentence.substring(saying.end())).find()) {
            return BY_ANOTHER;
        }
        Matcher agent = AGENT.matcher(sentence.substring(0, saying.start()));
        String who = null;
        while (agent.find()) {
            who = agent.group(1);
        }
        if (who == null) {
            return UNSTATED;
        }
        List<String> terms = Analyzers.terms(Analyzers.HI, who);
        return speaker.alternatives().stream()
                .filter(a -> a.field().equals(Analyzers.HI))
                .anyMatch(a -> a.terms().stream().anyMatch(terms::contains)) ? BY_SPEAKER : BY_ANOTHER;
    }
}
