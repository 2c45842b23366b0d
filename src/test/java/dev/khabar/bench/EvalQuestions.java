package dev.khabar.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The evaluation sets' questions ({@code eval/*.jsonl}): the load's traffic and the hit@5 comparison's gold. */
public final class EvalQuestions {

    /** One line of an evaluation file; {@code facts} are groups of alternative strings, one group per fact. */
    public record Question(String id, String lang, String question, boolean answerable, List<String> gold_docs,
            List<List<String>> facts) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EvalQuestions() {
    }

    public static List<Question> load(Path... files) {
        List<Question> questions = new ArrayList<>();
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        questions.add(JSON.readValue(line, Question.class));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return List.copyOf(questions);
    }
}
