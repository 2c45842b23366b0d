package dev.khabar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.ingest.Chunk;
import dev.khabar.ingest.Corpus;
import dev.khabar.retrieval.RankedChunk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceFirstTest {

    private static final Chunk A0 = chunk("a", 0, "पहला वाक्य। दूसरा वाक्य।");
    private static final Chunk A1 = chunk("a", 1, "तीसरा वाक्य। चौथा वाक्य।");
    private static final Chunk B0 = chunk("b", 0, "पांचवां वाक्य।");
    private static final Chunk B1 = chunk("b", 1, "छठा वाक्य।");
    private static final Corpus CORPUS = new Corpus(Map.of(),
            Map.of(A0.key(), A0, A1.key(), A1, B0.key(), B0, B1.key(), B1), List.of());

    private static Chunk chunk(String doc, int index, String text) {
        return new Chunk(doc, doc, index, List.of(), text);
    }

    private static Citation cite(int n, String doc, String snippet) {
        return new Citation(n, doc, doc, snippet, 0, snippet.length());
    }

    private static List<String> keys(List<RankedChunk> chunks) {
        return chunks.stream().map(rc -> rc.chunk().key()).toList();
    }

    @Test
    void quotedPassagesLeadInTheOrderTheAnswerQuotesThem() {
        List<RankedChunk> retrieved = List.of(new RankedChunk(B0, 3), new RankedChunk(A0, 2), new RankedChunk(A1, 1));
        List<RankedChunk> quoted = EvidenceFirst.quoted(
                List.of(cite(1, "a", "चौथा वाक्य।"), cite(2, "a", "तीसरा वाक्य।"), cite(3, "a", "पहला वाक्य।")),
                retrieved, CORPUS);
        assertEquals(List.of("a#1", "a#0"), keys(quoted), "one passage per quoted chunk, first quote first");
        assertEquals(List.of("a#1", "a#0", "b#0"), keys(EvidenceFirst.order(quoted, retrieved, 5)));
        assertEquals(List.of("a#1"), keys(EvidenceFirst.order(quoted, retrieved, 1)));
    }

    @Test
    void aQuoteFromOutsideTheRetrievedPassagesIsFoundInItsArticle() {
        List<RankedChunk> retrieved = List.of(new RankedChunk(B0, 3));
        List<RankedChunk> quoted = EvidenceFirst.quoted(List.of(cite(1, "b", "छठा वाक्य।")), retrieved, CORPUS);
        assertEquals(List.of("b#1"), keys(quoted));
        assertEquals(List.of("b#1", "b#0"), keys(EvidenceFirst.order(quoted, retrieved, 5)));
    }

    @Test
    void ofOverlappingChunksTheOneHoldingMostOfTheAnswerStandsForAQuote() {
        Chunk c0 = chunk("c", 0, "पहला वाक्य। दूसरा वाक्य।");
        Chunk c1 = chunk("c", 1, "दूसरा वाक्य। तीसरा वाक्य।");
        List<RankedChunk> retrieved = List.of(new RankedChunk(c0, 2), new RankedChunk(c1, 1));
        assertEquals(List.of("c#1"), keys(EvidenceFirst.quoted(
                List.of(cite(1, "c", "दूसरा वाक्य।"), cite(2, "c", "तीसरा वाक्य।")), retrieved, CORPUS)));
        assertEquals(List.of("c#0"), keys(EvidenceFirst.quoted(List.of(cite(1, "c", "दूसरा वाक्य।")), retrieved, CORPUS)),
                "on a tie, the better ranked");
    }

    @Test
    void aRefusalLeavesRetrievalsOrder() {
        List<RankedChunk> retrieved = List.of(new RankedChunk(B0, 3), new RankedChunk(A0, 2));
        List<RankedChunk> quoted = EvidenceFirst.quoted(List.of(), retrieved, CORPUS);
        assertEquals(List.of("b#0", "a#0"), keys(EvidenceFirst.order(quoted, retrieved, 5)));
    }

    @Test
    void aSnippetOfAnotherArticleDoesNotCount() {
        List<RankedChunk> retrieved = List.of(new RankedChunk(B0, 3), new RankedChunk(A0, 2));
        assertEquals(List.of(), EvidenceFirst.quoted(List.of(cite(1, "b", "पहला वाक्य।")), retrieved, CORPUS));
    }
}
