package dev.khabar.index;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.Chunk;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dense leg: chunk vectors in a LangChain4j embedding store. Vectors come from the {@link VectorCache} when the
 * article, the chunking and the model are unchanged, and from the model otherwise.
 */
public final class DenseIndex {

    /** A chunk found by similarity, named by {@link Chunk#key()}. */
    public record Hit(String key, double score) {
    }

    private final Optional<EmbeddingModel> model;
    private final String modelId;
    private final VectorCache cache;
    private final String chunking;
    private volatile InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

    public DenseIndex(Optional<EmbeddingModel> model, String modelId, VectorCache cache, String chunking) {
        this.model = model;
        this.modelId = modelId;
        this.cache = cache;
        this.chunking = chunking;
    }

    public boolean enabled() {
        return model.isPresent();
    }

    /** Rebuilds the store for {@code articles}; returns how many chunks had to be embedded. */
    public synchronized int sync(Collection<Article> articles) {
        if (model.isEmpty()) {
            return 0;
        }
        InMemoryEmbeddingStore<TextSegment> next = new InMemoryEmbeddingStore<>();
        Set<String> live = new HashSet<>();
        int embedded = 0;
        for (Article a : articles) {
            String key = a.contentHash().substring(0, 32) + "-" + modelId + "-" + chunking;
            live.add(key);
            List<float[]> vectors = cache.load(key).filter(v -> v.size() == a.chunks().size()).orElse(null);
            if (vectors == null) {
                vectors = embed(a.chunks());
                cache.store(key, vectors);
                embedded += vectors.size();
            }
            for (int i = 0; i < vectors.size(); i++) {
                next.add(a.chunks().get(i).key(), Embedding.from(vectors.get(i)));
            }
        }
        cache.retainOnly(live);
        store = next;
        return embedded;
    }

    public List<Hit> search(String query, int k) {
        if (model.isEmpty() || query.isBlank()) {
            return List.of();
        }
        Embedding q = model.get().embed(query).content();
        List<EmbeddingMatch<TextSegment>> matches = store.search(
                EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(k).build()).matches();
        return matches.stream().map(m -> new Hit(m.embeddingId(), m.score())).toList();
    }

    private List<float[]> embed(List<Chunk> chunks) {
        List<TextSegment> segments = chunks.stream().map(c -> TextSegment.from(c.title() + "\n" + c.text())).toList();
        return model.get().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
