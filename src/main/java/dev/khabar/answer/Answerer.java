package dev.khabar.answer;

import dev.khabar.query.ExpandedQuery;
import dev.khabar.retrieval.RankedChunk;
import java.util.List;

/** Writes the reply from the retrieved chunks. */
@FunctionalInterface
public interface Answerer {

    Answer answer(ExpandedQuery query, List<RankedChunk> chunks);
}
