package dev.khabar.query;

import java.util.List;

/** One way a question word can appear in the articles: analyzed terms in one index field (several = a phrase). */
public record Alternative(String field, List<String> terms, float boost) {

    public Alternative {
        terms = List.copyOf(terms);
    }
}
