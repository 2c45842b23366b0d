package dev.khabar.query;

/** First step of the pipeline: a question in, an {@link ExpandedQuery} out. */
@FunctionalInterface
public interface QueryTransformer {

    ExpandedQuery transform(String question);
}
