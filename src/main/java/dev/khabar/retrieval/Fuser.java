package dev.khabar.retrieval;

import java.util.List;

/** Merges the rankings of several retrievers into one. */
@FunctionalInterface
public interface Fuser {

    List<RankedChunk> fuse(List<List<RankedChunk>> rankings, int k);
}
