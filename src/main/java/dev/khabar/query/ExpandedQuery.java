package dev.khabar.query;

import java.util.List;

/** A question made ready for retrieval: its language and intent, and its concepts bridged into the index fields. */
public record ExpandedQuery(String question, Language language, Intent intent, List<Concept> concepts) {

    public ExpandedQuery {
        concepts = List.copyOf(concepts);
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }
}
