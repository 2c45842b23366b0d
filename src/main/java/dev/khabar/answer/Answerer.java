package dev.khabar.answer;

import dev.khabar.query.ExpandedQuery;
import dev.khabar.retrieval.RankedChunk;
import java.util.List;
import java.util.function.Consumer;

/** Writes the reply from the retrieved chunks. */
@FunctionalInterface
public interface Answerer {

    Answer answer(ExpandedQuery query, List<RankedChunk> chunks);

    /**
     * The same, handing out the reply's text as it is written. Answerers that compose the reply at once (the
     * extractive one) hand out nothing and let the caller stream the finished answer.
     */
    default Answer answer(ExpandedQuery query, List<RankedChunk> chunks, Consumer<String> tokens) {
        return answer(query, chunks);
    }

    /** Whether {@link #answer(ExpandedQuery, List, Consumer)} hands out text while it works. */
    default boolean streams() {
        return false;
    }
}
