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

    public boolean isEmpty() {
        return concepts.isEmpty();
    }
}
