package dev.khabar.answer;

import dev.khabar.index.Analyzers;
import dev.khabar.query.Concept;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who says what a sentence reports: the words before the ने that comes before its verb of saying ("किम जोंग ने
 * कहा कि…", "पुतिन ने किम से कहा"); nobody, when the saying is passive ("कहा जा रहा है", it is said). Only Hindi
 * marks the speaker so plainly; a sentence that names none otherwise is given the benefit of the doubt.
 */
final class Attribution {

    private static final Pattern SAYING = Pattern.compile("कहा(?![ंँ])|कहना|बताया|बोले|ऐलान|घोषणा|दावा|चेतावनी");
    /** The agent marker, with up to three words before it: "के बाद किम जोंग ने". */
    private static final Pattern PASSIVE = Pattern.compile("^\\s+(जा|गया|गई|गए|गयी)(?![\\p{L}\\p{M}])");
    private static final Pattern AGENT = Pattern.compile("((?:\\S+\\s+){0,2}\\S+)\\s+ने(?=\\s)");

    private Attribution() {
    }

    /** False only when the sentence names who is speaking and that is not {@code speaker}. */
    static boolean mayBeSaidBy(String sentence, Concept speaker) {
        Matcher saying = SAYING.matcher(sentence);
        if (!saying.find()) {
            return true;
        }
        if (PASSIVE.matcher(sentence.substring(saying.end())).find()) {
            return false;
        }
        Matcher agent = AGENT.matcher(sentence.substring(0, saying.start()));
        String who = null;
        while (agent.find()) {
            who = agent.group(1);
        }
        if (who == null) {
            return true;
        }
        List<String> terms = Analyzers.terms(Analyzers.HI, who);
        return speaker.alternatives().stream()
                .filter(a -> a.field().equals(Analyzers.HI))
                .anyMatch(a -> a.terms().stream().anyMatch(terms::contains));
    }
}
