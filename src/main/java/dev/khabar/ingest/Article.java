package dev.khabar.ingest;

import dev.khabar.text.Span;
import java.util.List;

/** An ingested article: its original text (what citations point into), headline, sentences and chunks. */
public record Article(String id, String title, String text, String contentHash, List<Sentence> sentences,
        List<Chunk> chunks) {

    public Article {
        sentences = List.copyOf(sentences);
        chunks = List.copyOf(chunks);
    }

    public String quote(Span span) {
        return span.of(text);
    }

    /** Character offsets are Java (UTF-16) indices; clients index by code point, as Python's str does. */
    public int codePointOffset(int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
