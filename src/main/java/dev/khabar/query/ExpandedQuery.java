package dev.khabar.query;

import java.util.List;

/** A question made ready for retrieval: its language and intent, and its concepts bridged into the index fields. */
public record ExpandedQuery(String question, Language language, Intent intent, List<Concept> concepts, int focus) {

    /** No concept is the focus. */
    public static final int NO_FOCUS = -1;

    public ExpandedQuery {
        concepts = List.copyOf(concepts);
    }

    public ExpandedQuery(String question, Language language, Intent intent, List<Concept> concepts) {
        this(question, language, intent, concepts, NO_FOCUS);
    }

    /**
     * The kinds of information that answer it: a "how long" is answered by a stretch of time ("दो दिन") or, asked of
     * a thing, by a length, and "how long since" also by a date; a "which day" by a day, or failing that a date.
     */
    public java.util.Set<Intent> answerKinds() {
        return switch (intent) {
            case DURATION -> QuestionWords.asksTimeSince(question)
                    ? java.util.EnumSet.of(Intent.DURATION, Intent.TIME, Intent.DISTANCE)
                    : java.util.EnumSet.of(Intent.DURATION, Intent.DISTANCE);
            case DAY -> java.util.EnumSet.of(Intent.DAY, Intent.TIME);
            default -> java.util.EnumSet.of(intent);
        };
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }
}
