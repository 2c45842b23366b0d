package dev.khabar.query;

import dev.khabar.index.Analyzers;
import java.util.Optional;
import java.util.Set;
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

    private static final Pattern SAYING = Pattern.compile(IntentCues.HINDI_SAYING);
    private static final Pattern PASSIVE = Pattern.compile("^\\s+(जा|गया|गई|गए|गयी)(?![\\p{L}\\p{M}])");
    /** A deed in the passive: "स्वागत किया गया", "सौंपी गई", "दिया जाएगा". */
    private static final Pattern PASSIVE_DEED = Pattern.compile(
            "(किया|किए|किये|की|दिया|दी|दिए|लिया|ली|लिए|सौंपा|सौंपी|भेजा|भेजी|भेजे)"
                    + " (गया|गई|गए|गयी|गये|जाएगा|जाएगी|जा रहा|जा रही)");
    /** The agent marker, with up to three words before it: "के बाद किम जोंग ने". */
    private static final Pattern AGENT = Pattern.compile("((?:\\S+\\s+){0,2}\\S+)\\s+ने(?=\\s)");

    /**
     * Whom a sentence names as saying what it reports, read once per sentence (it is kept with the sentence's terms,
     * so no question reads the sentence again): a passive saying names nobody; otherwise {@code terms} are the
     * analyzed words before the ने of its verb of saying, if it has one.
     */
    public record Sayer(boolean passive, boolean named, Set<String> terms) {

        /** No verb of saying, or none with its speaker marked. */
        public static final Sayer UNNAMED = new Sayer(false, false, Set.of());

        public static Sayer of(String sentence) {
            Matcher saying = SAYING.matcher(sentence);
            if (!saying.find()) {
                return UNNAMED;
            }
            if (PASSIVE.matcher(sentence.substring(saying.end())).find()) {
                return new Sayer(true, false, Set.of());
            }
            Matcher agent = AGENT.matcher(sentence.substring(0, saying.start()));
            String who = null;
            while (agent.find()) {
                who = agent.group(1);
            }
            return who == null ? UNNAMED : new Sayer(false, true, Set.copyOf(Analyzers.terms(Analyzers.HI, who)));
        }

        /** Whether this sayer is the speaker a question asks about. */
        public Attribution against(Concept speaker) {
            if (passive) {
                return BY_ANOTHER;
            }
            if (!named) {
                return UNSTATED;
            }
            return speaker.alternatives().stream()
                    .filter(a -> a.field().equals(Analyzers.HI))
                    .anyMatch(a -> a.terms().stream().anyMatch(terms::contains)) ? BY_SPEAKER : BY_ANOTHER;
        }

        /** As {@link #against(Concept)}; a question that names no speaker finds none. */
        public Attribution against(Optional<Concept> speaker) {
            return speaker.map(this::against).orElse(UNSTATED);
        }
    }

    /** Whether the sentence tells a deed in the passive and names nobody doing it (neither "X ने" nor "X द्वारा"). */
    public static boolean namesNoDoer(String sentence) {
        return PASSIVE_DEED.matcher(sentence).find() && !sentence.contains(" ने ") && !sentence.contains("द्वारा");
    }

    /** Who, as far as the sentence tells, says what it reports, against the speaker a question asks about. */
    public static Attribution of(String sentence, Concept speaker) {
        return Sayer.of(sentence).against(speaker);
    }

    /**
     * How many intent bonuses a sentence fitting a "what did X say" question earns: X saying it answers twice over,
     * someone else saying it does not answer.
     */
    public int bonusShare() {
        return switch (this) {
            case BY_SPEAKER -> 2;
            case UNSTATED -> 1;
            case BY_ANOTHER -> 0;
        };
    }
}
