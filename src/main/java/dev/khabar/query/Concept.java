package dev.khabar.query;

import java.util.List;

/**
 * A word or phrase of the question with every way it may be written in the articles. Scoring takes the best
 * alternative of each concept, so a word with many translations counts no more than a word with one.
 */
public record Concept(String surface, List<Alternative> alternatives) {

    public Concept {
        alternatives = List.copyOf(alternatives);
    }
}
