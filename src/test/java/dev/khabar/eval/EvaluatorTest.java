package dev.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.answer.Citation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end against a scripted target, and the reports it writes. */
class EvaluatorTest {

    static final String DOC = "बैठक व्लादिवोस्तोक में हुई थी। अमेरिका चिंतित है।";
    static final String SNIPPET = "बैठक व्लादिवोस्तोक में हुई थी।";

    /** Answers "where" questions well, anything else badly, and records what it was asked. */
    static final class ScriptedTarget implements Target {
        final List<String> asked = new ArrayList<>();

        @Override
        public Reply ask(String question, String conversationId) {
            asked.add(conversationId + ": " + question);
            if (question.startsWith("Where")) {
                return new Reply("It was in Vladivostok [1].", true,
                        List.of(new Citation(1, "a", "t", SNIPPET, 0, SNIPPET.length())));
            }
            return new Reply("<script>alert(1)</script> Something [2].", true, List.of());
        }

        @Override
        public List<Hit> search(String question, int k) {
            return question.startsWith("Where") ? List.of(new Hit("a", SNIPPET)) : List.of(new Hit("b", "other"));
        }

        @Override
        public Optional<String> documentText(String documentId) {
            return documentId.equals("a") ? Optional.of(DOC) : Optional.empty();
        }
    }

    static final List<EvalQuestion> SET = List.of(
            new EvalQuestion("good", "en", "Where was it?", true, List.of("a"), List.of(List.of("व्लादिवोस्तोक", "vladivostok")),
                    List.of()),
            new EvalQuestion("bad", "hi", "Why <b>?", true, List.of("a"), List.of(List.of("चिंतित")),
                    List.of("Where was it?")),
            new EvalQuestion("trap", "hi", "Who won?", false, List.of(), List.of(), List.of()));

    @TempDir
    Path dir;

    @Test
    void measuresEachQuestionAndAggregatesByLanguage() {
        ScriptedTarget target = new ScriptedTarget();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Report r = new Evaluator(target, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run("set", "scripted", SET, Thresholds.none());

        QuestionResult good = r.questions().get(0);
        assertTrue(good.passed());
        assertEquals(0, good.answerBearingRank());
        assertEquals(1.0, good.factCoverage());
        assertTrue(good.citationsValid());

        QuestionResult bad = r.questions().get(1);
        assertFalse(bad.passed());
        assertEquals(-1, bad.answerBearingRank());
        assertEquals(0.0, bad.factCoverage());
        assertFalse(bad.citationsValid(), "[2] has no citation");

        assertFalse(r.questions().get(2).refusedCorrectly(), "a grounded reply to an unanswerable question");

        assertEquals(0.5, r.overall().hitAt5());
        assertEquals(1.0, r.byLanguage().get("en").hitAt5());
        assertEquals(0.0, r.byLanguage().get("hi").hitAt5());
        assertEquals(0.0, r.overall().refusalAccuracy());
        assertEquals(1.0 / 3, r.overall().citationValidity(), 1e-9);

        String[] lines = progress.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[2].startsWith("[3/3] trap"), lines[2]);
    }

    @Test
    void earlierTurnsAreAskedFirstInTheSameConversation() {
        ScriptedTarget target = new ScriptedTarget();
        new Evaluator(target, new PrintStream(new ByteArrayOutputStream())).run("set", "t", SET.subList(1, 2),
                Thresholds.none());
        assertEquals(2, target.asked.size());
        String conversation = target.asked.get(0).substring(0, target.asked.get(0).indexOf(':'));
        assertEquals(conversation + ": Where was it?", target.asked.get(0));
        assertEquals(conversation + ": Why <b>?", target.asked.get(1));
    }

    @Test
    void writesJsonMarkdownAndSelfContainedHtml() throws IOException {
        Report r = new Evaluator(new ScriptedTarget(), new PrintStream(new ByteArrayOutputStream()))
                .run("set", "scripted", SET, Thresholds.none());
        new ReportWriter().write(r, dir);

        String json = Files.readString(dir.resolve("report.json"));
        assertTrue(json.contains("\"overall\"") && json.contains("\"answerBearingRank\""), json);
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("| all | 3 |"), md);
        assertTrue(md.contains("| hi | 2 |"), md);
        assertTrue(md.contains("| en | 1 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | – |"),
                "refusal accuracy is not claimed for a language without unanswerable questions: " + md);
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<svg"), "has a chart");
        assertFalse(html.contains("<script>"), "answers are escaped");
        assertTrue(html.contains("&lt;script&gt;"));
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "no external resources");
    }
}
