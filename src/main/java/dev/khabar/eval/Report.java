package dev.khabar.eval;

import java.util.List;
import java.util.Map;

/** One evaluation run: what was run against what, the numbers, every question, and any threshold violated. */
public record Report(String questionSet, String target, String finishedAt, Summary overall,
        Map<String, Summary> byLanguage, List<QuestionResult> questions, List<String> violations) {

    public boolean passed() {
        return violations.isEmpty();
    }
}
