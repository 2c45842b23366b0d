package dev.khabar.ingest;

import dev.khabar.text.Span;
import java.util.List;

/** What is left of a page once boilerplate is gone: the headline and the body lines, as spans of the original. */
public record CleanedArticle(Span title, List<Span> body) {

    public CleanedArticle {
        body = List.copyOf(body);
    }

    public boolean isEmpty() {
        return title == null && body.isEmpty();
    }
}
