package dev.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a JSONL question set; a bad line is reported with its number and what is wrong with it. */
public final class QuestionSetReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<EvalQuestion> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<EvalQuestion> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            EvalQuestion q = parse(line, file, i + 1);
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": duplicate id " + q.id());
            }
            questions.add(q);
        }
        return questions;
    }

    static EvalQuestion parse(String line, Path file, int number) {
        String where = file + ":" + number + ": ";
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + "not valid JSON (" + e.getMessage() + ")");
        }
        for (String field : List.of("id", "question", "answerable")) {
            if (n == null || !n.hasNonNull(field)) {
                throw new IllegalArgumentException(where + "missing \"" + field + "\"");
            }
        }
        List<List<String>> facts = new ArrayList<>();
        for (JsonNode fact : n.path("facts")) {
            if (!fact.isArray()) {
                throw new IllegalArgumentException(where + "each fact must be a list of acceptable strings");
            }
            List<String> alternatives = new ArrayList<>();
            fact.forEach(s -> alternatives.add(s.asText()));
            facts.add(alternatives);
        }
        List<String> gold = new ArrayList<>();
        n.path("gold_docs").forEach(d -> gold.add(d.asText()));
        List<String> turns = new ArrayList<>();
        n.path("turns").forEach(t -> turns.add(t.asText()));
        return new EvalQuestion(n.get("id").asText(), n.path("lang").asText("unknown"), n.get("question").asText(),
                n.get("answerable").asBoolean(), gold, facts, turns);
    }

    private QuestionSetReader() {
    }
}
