package dev.khabar.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable view of everything ingested; replaced whole on re-ingestion so readers never see a half state. */
public record Corpus(Map<String, Article> articles, Map<String, Chunk> chunks, List<DocumentStatus> statuses) {

    public static final Corpus EMPTY = new Corpus(List.of(), List.of());

    public Corpus(Collection<Article> articles, List<DocumentStatus> statuses) {
        this(index(articles), chunkIndex(articles), List.copyOf(statuses));
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    public Optional<Chunk> chunk(String key) {
        return Optional.ofNullable(chunks.get(key));
    }

    public int chunkCount() {
        return chunks.size();
    }

    private static Map<String, Article> index(Collection<Article> articles) {
        Map<String, Article> m = new LinkedHashMap<>();
        articles.forEach(a -> m.put(a.id(), a));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Chunk> chunkIndex(Collection<Article> articles) {
        Map<String, Chunk> m = new LinkedHashMap<>();
        articles.forEach(a -> a.chunks().forEach(c -> m.put(c.key(), c)));
        return java.util.Collections.unmodifiableMap(m);
    }
}
