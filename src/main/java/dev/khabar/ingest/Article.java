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

    /**
     * The page around the article, line by line: everything the cleaner left out (related links, captions, credits,
     * teasers). It is never quoted, but it tells a question about the page from one the articles do not answer.
     */
    public List<String> boilerplate() {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Sentence s : sentences) {
            if (s.span().start() >= from) {
                out.append(text, from, s.span().start()).append('\n');
                from = s.span().end();
            }
        }
        out.append(text, from, text.length());
        int headline = out.indexOf(title);
        if (headline >= 0) {
            out.replace(headline, headline + title.length(), "");
        }
        return out.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Character offsets are Java (UTF-16) indices; clients index by code point, as Python's str does. */
    public int codePointOffset(int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
