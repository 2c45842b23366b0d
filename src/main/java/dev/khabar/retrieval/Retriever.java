package dev.khabar.retrieval;

import dev.khabar.query.ExpandedQuery;
import java.util.List;

/** One retrieval leg: the best {@code k} chunks for a query, best first. */
@FunctionalInterface
public interface Retriever {

    List<RankedChunk> retrieve(ExpandedQuery query, int k);
}
