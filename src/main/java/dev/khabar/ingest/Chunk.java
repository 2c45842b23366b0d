package dev.khabar.ingest;

import java.util.List;

/** Consecutive sentences of one article, the unit that is searched and embedded. */
public record Chunk(String documentId, String title, int chunkIndex, List<Sentence> sentences, String text) {

    public Chunk {
        sentences = List.copyOf(sentences);
    }

    public String key() {
        return key(documentId, chunkIndex);
    }

    public static String key(String documentId, int chunkIndex) {
        return documentId + "#" + chunkIndex;
    }

    public int start() {
        return sentences.get(0).span().start();
    }

    public int end() {
        return sentences.get(sentences.size() - 1).span().end();
    }
}
