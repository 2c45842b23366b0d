package dev.khabar.query;

import java.util.List;

/**
 * A word or phrase of the question with every way it may be written in the articles. Scoring takes the best
 * alternative of each concept, so a word with many translations counts no more than a word with one.
 */
public record Concept(String surface, Kind kind, List<Alternative> alternatives) {

    /** How telling it is when the articles lack this concept. */
    public enum Kind {
        /** A capitalized name, acronym or number: a question about something the articles never name. */
        NAME,
        /** A word the lexicons know: the articles could have said it and did not. */
        LISTED,
        /** A Hindi word of a Hindi question. */
        HINDI,
        /** A Hindi verb ("दिखाती है"): how the question asks, rarely what it is about. */
        HINDI_VERB,
        /** A Latin word no lexicon knows: as likely filler or an odd inflection as a real topic. */
        UNLISTED,
        /** A generic English adjective ("old", "main", "basic"): it narrows the question, the article may not. */
        QUALIFIER
    }

    public Concept {
        alternatives = List.copyOf(alternatives);
    }
}
