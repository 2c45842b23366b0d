package dev.khabar.retrieval;

import dev.khabar.ingest.IngestionService;
import dev.khabar.query.ExpandedQuery;
import java.util.List;
import java.util.Objects;

/** BM25 over the Hindi, English and romanized fields. */
public final class LexicalRetriever implements Retriever {

    private final IngestionService ingestion;
    private final LuceneQueryBuilder queries;

    public LexicalRetriever(IngestionService ingestion, LuceneQueryBuilder queries) {
        this.ingestion = ingestion;
        this.queries = queries;
    }

    @Override
    public List<RankedChunk> retrieve(ExpandedQuery query, int k) {
        if (query.isEmpty()) {
            return List.of();
        }
        var corpus = ingestion.corpus();
        return ingestion.lexical().search(queries.build(query), k).stream()
                .map(hit -> corpus.chunk(hit.key()).map(c -> new RankedChunk(c, hit.score())).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }
}
