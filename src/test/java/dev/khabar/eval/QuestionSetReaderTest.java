package dev.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDevelopmentSet() throws IOException {
        List<EvalQuestion> dev = QuestionSetReader.read(Path.of("eval/dev.jsonl"));
        assertEquals(15, dev.size());
        EvalQuestion first = dev.get(0);
        assertTrue(first.answerable());
        assertTrue(first.goldDocs().stream().allMatch(d -> Files.exists(Path.of("seeds", d + ".txt"))), first.toString());
        assertTrue(dev.stream().anyMatch(q -> !q.answerable() && q.facts().isEmpty()));
    }

    @Test
    void readsTurnsAndSkipsBlankLines() throws IOException {
        Path set = write("""
                {"id":"f1","lang":"en","question":"What did he say there?","answerable":true,"gold_docs":["a"],"facts":[["x","y"]],"turns":["Where did Kim go?"]}

                """);
        EvalQuestion q = QuestionSetReader.read(set).get(0);
        assertEquals(List.of("Where did Kim go?"), q.turns());
        assertEquals(List.of(List.of("x", "y")), q.facts());
    }

    @Test
    void badLinesAreReportedWithTheirNumber() throws IOException {
        assertProblem("{\"id\":\"a\",\"question\":\"q\",\"answerable\":true}\n{not json", ":2: not valid JSON");
        assertProblem("{\"id\":\"a\",\"answerable\":true}", ":1: missing \"question\"");
        assertProblem("{\"id\":\"a\",\"question\":\"q\",\"answerable\":true,\"facts\":[\"x\"]}",
                ":1: each fact must be a list");
        assertProblem("{\"id\":\"a\",\"question\":\"q\",\"answerable\":true}\n{\"id\":\"a\",\"question\":\"r\",\"answerable\":false}",
                ":2: duplicate id a");
    }

    private void assertProblem(String content, String expected) throws IOException {
        Path set = write(content);
        var e = assertThrows(IllegalArgumentException.class, () -> QuestionSetReader.read(set));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String content) throws IOException {
        Path set = Files.createTempFile(dir, "set", ".jsonl");
        Files.writeString(set, content);
        return set;
    }
}
