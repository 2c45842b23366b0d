package dev.khabar.ingest;

import dev.khabar.text.Span;

/** One sentence of an article body; {@code paragraph} counts body lines so chunk text keeps paragraph breaks. */
public record Sentence(int index, int paragraph, Span span) {
}
