package dev.khabar.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.ingest.Chunk;
import dev.khabar.ingest.Sentence;
import dev.khabar.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedRrfFuserTest {

    private static RankedChunk c(String id) {
        return new RankedChunk(new Chunk(id, "t", 0, List.of(new Sentence(0, 0, new Span(0, 1))), "x"), 1);
    }

    private static List<String> ids(List<RankedChunk> chunks) {
        return chunks.stream().map(r -> r.chunk().documentId()).toList();
    }

    @Test
    void agreementBeatsASingleFirstPlace() {
        var fused = new WeightedRrfFuser(60, 1, 1).fuse(List.of(List.of(c("a"), c("b")), List.of(c("c"), c("b"))), 3);
        assertEquals("b", ids(fused).get(0));
    }

    @Test
    void weightsDecideAndZeroWeightIgnoresARanking() {
        var lexicalFirst = new WeightedRrfFuser(60, 1, 0.1).fuse(List.of(List.of(c("a")), List.of(c("b"))), 2);
        assertEquals(List.of("a", "b"), ids(lexicalFirst));
        var denseOff = new WeightedRrfFuser(60, 1, 0).fuse(List.of(List.of(c("a")), List.of(c("b"))), 2);
        assertEquals(List.of("a"), ids(denseOff));
    }

    @Test
    void keepsAtMostK() {
        assertEquals(1, new WeightedRrfFuser(60, 1).fuse(List.of(List.of(c("a"), c("b"))), 1).size());
    }
}
