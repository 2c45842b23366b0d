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

    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:did|does|do|has|have|had|will|would)\\s+(?:the\\s+)?(.+?)\\s+"
                    + "(?:say|tell|announce|claim|warn|reply|respond|promise)\\b");

    private Speaker() {
    }

    /** The concept that names the speaker of a question asking what was said, if it names one. */
    public static Optional<Concept> of(ExpandedQuery query) {
        if (query.intent() != Intent.STATEMENT) {
            return Optional.empty();
        }
        String lower = query.question().toLowerCase(Locale.ROOT);
        for (Concept c : query.concepts()) {
            String surface = c.surface().toLowerCase(Locale.ROOT);
            if (lower.contains(surface + " ne ") || lower.contains(surface + " ने ")) {
                return Optional.of(c);
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
