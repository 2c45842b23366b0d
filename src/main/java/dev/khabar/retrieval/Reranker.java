package dev.khabar.retrieval;

import dev.khabar.query.ExpandedQuery;
import java.util.List;

/** Reorders fused candidates with a closer look than the retrievers can afford, keeping the best {@code k}. */
@FunctionalInterface
public interface Reranker {

    List<RankedChunk> rerank(ExpandedQuery query, List<RankedChunk> candidates, int k);
}
