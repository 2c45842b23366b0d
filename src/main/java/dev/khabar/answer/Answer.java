package dev.khabar.answer;

import java.util.List;

/**
 * A reply: text with {@code [n]} markers, the citations they point to, whether it is grounded in the articles,
 * which answerer wrote it, and anything the caller should know (a fallback, a dropped citation).
 */
public record Answer(String text, boolean grounded, List<Citation> citations, String answerer,
        List<String> warnings) {

    public Answer {
        citations = List.copyOf(citations);
        warnings = List.copyOf(warnings);
    }

    public static Answer refusal(String text, String answerer) {
        return new Answer(text, false, List.of(), answerer, List.of());
    }

    public Answer withWarning(String warning) {
        List<String> w = new java.util.ArrayList<>(warnings);
        w.add(warning);
        return new Answer(text, grounded, citations, answerer, w);
    }
}
