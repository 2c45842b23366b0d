package dev.khabar.eval;

import java.util.List;

/** One line of a question set: the question, whether the articles answer it, where, and what the answer must say. */
public record EvalQuestion(String id, String lang, String question, boolean answerable, List<String> goldDocs,
        List<List<String>> facts, List<String> turns) {

    public EvalQuestion {
        goldDocs = goldDocs == null ? List.of() : List.copyOf(goldDocs);
        facts = facts == null ? List.of() : facts.stream().map(List::copyOf).toList();
        turns = turns == null ? List.of() : List.copyOf(turns);
    }
}
