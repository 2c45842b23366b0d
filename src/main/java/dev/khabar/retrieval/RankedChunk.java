package dev.khabar.retrieval;

import dev.khabar.ingest.Chunk;

/** A chunk with the score a retriever or the fuser gave it; higher is better. */
public record RankedChunk(Chunk chunk, double score) {
}
