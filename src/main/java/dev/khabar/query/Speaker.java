package dev.khabar.query;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose words a question asks for: "Kim ne Russia ke baare mein kya kaha", "किम ने क्या कहा", "what did Kim say".
 * Hindi marks the one who speaks with ने, so a sentence can be checked for it: "पुतिन ने किम से कहा" is Putin talking,
 * however often it names Kim.
 */
public final class Speaker {

    /** English verbs of saying a "what did X …" question asks with. */
    static final String SAYING_VERBS = "say|tell|announce|claim|warn|reply|respond|promise";

    private static final Pattern ENGLISH = whoDid(SAYING_VERBS);

    private Speaker() {
    }

    /**
     * Whether the speaker is what a which-question asks for: a which-word up to three words before it ("किस मीडिया
     * संस्था ने", "kin officials ne").
     */
    private static boolean asked(String question, String speaker) {
        int at = Math.max(question.indexOf(speaker + " ne "), question.indexOf(speaker + " ने "));
        String[] before = question.substring(0, at).trim().split("\\s+");
        for (int i = Math.max(0, before.length - 3); i < before.length; i++) {
            if (QuestionWords.WHICH.contains(before[i])) {
                return true;
            }
        }
        return false;
    }

    /** "what did (the) X {@code verb}", X as group 1, for a question in lower case. */
    static Pattern whoDid(String verbs) {
        return Pattern.compile(
                "\\b(?:did|does|do|has|have|had|will|would)\\s+(?:the\\s+)?(.+?)\\s+(?:" + verbs + ")\\b");
    }

    /**
     * The concept that names the speaker of a question asking what was said, if it names one; not the speaker a
     * which-question asks for ("किस मीडिया संस्था ने कहा": which outlet said it is the question).
     */
    public static Optional<Concept> of(ExpandedQuery query) {
        if (query.intent() != Intent.STATEMENT) {
            return Optional.empty();
        }
        String lower = query.question().toLowerCase(Locale.ROOT);
        for (Concept c : query.concepts()) {
            String surface = c.surface().toLowerCase(Locale.ROOT);
            if (lower.contains(surface + " ne ") || lower.contains(surface + " ने ")) {
                return asked(lower, surface) ? Optional.empty() : Optional.of(c);
            }
        }
        Matcher m = ENGLISH.matcher(lower);
        if (m.find()) {
            // "what did Putin and Kim tell each other": either may be the one speaking; the first is looked for
            String who = m.group(1).split("\\s+and\\s+")[0];
            return query.concepts().stream().filter(c -> c.surface().equalsIgnoreCase(who)).findFirst();
        }
        return Optional.empty();
    }
}
