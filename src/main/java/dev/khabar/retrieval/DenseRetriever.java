package dev.khabar.retrieval;

import dev.khabar.ingest.IngestionService;
import dev.khabar.query.ExpandedQuery;
import java.util.List;
import java.util.Objects;

/** Nearest chunks by embedding of the question as asked. */
public final class DenseRetriever implements Retriever {

    private final IngestionService ingestion;

    public DenseRetriever(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public List<RankedChunk> retrieve(ExpandedQuery query, int k) {
        var corpus = ingestion.corpus();
        return ingestion.dense().search(query.question(), k).stream()
                .map(hit -> corpus.chunk(hit.key()).map(c -> new RankedChunk(c, hit.score())).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }
}
