package dev.khabar.answer;

import dev.khabar.ingest.Chunk;
import dev.khabar.ingest.Corpus;
import dev.khabar.retrieval.RankedChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The final ranking of passages: those the answer quotes, in the order it quotes them, then the rest as retrieval
 * ranked them. The answerer weighs every sentence of the retrieved passages against the question, its intent and its
 * speaker, which makes it a finer ranker than the chunk-level reranker before it (passage re-ranking by the reader).
 */
public final class EvidenceFirst {

    private EvidenceFirst() {
    }

    /**
     * The passages that hold the citations, in the order of the first citation each holds: one of {@code retrieved}
     * if it can, else the article's own (the answer may quote the sentence before a retrieved one, to say what "this
     * announcement" was). Chunks overlap, so of the retrieved ones holding a quote it is the one holding most of the
     * answer ("कुछ समानताएं हैं" with the list's first items, not with what went before), the better ranked on a tie.
     */
    public static List<RankedChunk> quoted(List<Citation> cited, List<RankedChunk> retrieved, Corpus corpus) {
        Map<String, RankedChunk> quoted = new LinkedHashMap<>();
        for (Citation c : cited) {
            retrieved.stream().filter(rc -> holds(rc.chunk(), c))
                    .max(Comparator.comparingLong(rc -> quotesHeld(rc.chunk(), cited)))
                    .or(() -> articleChunkHolding(corpus, c))
                    .ifPresent(rc -> quoted.putIfAbsent(rc.chunk().key(), rc));
        }
        return List.copyOf(quoted.values());
    }

    private static long quotesHeld(Chunk chunk, List<Citation> cited) {
        return cited.stream().filter(c -> holds(chunk, c)).count();
    }

    private static Optional<RankedChunk> articleChunkHolding(Corpus corpus, Citation c) {
        for (int i = 0; ; i++) {
            Optional<Chunk> chunk = corpus.chunk(Chunk.key(c.documentId(), i));
            if (chunk.isEmpty()) {
                return Optional.empty();
            }
            if (holds(chunk.get(), c)) {
                return Optional.of(new RankedChunk(chunk.get(), 0));
            }
        }
    }

    /** {@code quoted} first, then the other passages of {@code retrieved} in their order; at most {@code k}. */
    public static List<RankedChunk> order(List<RankedChunk> quoted, List<RankedChunk> retrieved, int k) {
        Map<String, RankedChunk> ordered = new LinkedHashMap<>();
        for (RankedChunk rc : quoted) {
            ordered.putIfAbsent(rc.chunk().key(), rc);
        }
        for (RankedChunk rc : retrieved) {
            ordered.putIfAbsent(rc.chunk().key(), rc);
        }
        List<RankedChunk> out = new ArrayList<>(ordered.values());
        return List.copyOf(out.subList(0, Math.min(k, out.size())));
    }

    private static boolean holds(Chunk chunk, Citation c) {
        return chunk.documentId().equals(c.documentId()) && chunk.text().contains(c.snippet());
    }
}
