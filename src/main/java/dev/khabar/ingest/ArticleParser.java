package dev.khabar.ingest;

import dev.khabar.text.SentenceSplitter;
import dev.khabar.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Turns a page's text into an {@link Article}: boilerplate out, sentences found, chunks packed. */
public final class ArticleParser {

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
    private final Chunker chunker;

    public ArticleParser(Chunker chunker) {
        this.chunker = chunker;
    }

    public Article parse(String id, String text, String contentHash) {
        CleanedArticle cleaned = cleaner.clean(text);
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("no article text left after removing page boilerplate");
        }
        Span titleSpan = cleaned.title();
        String title = titleSpan.of(text);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        for (Span line : cleaned.body()) {
            for (Span s : SentenceSplitter.split(text, line)) {
                sentences.add(new Sentence(sentences.size(), paragraph, s));
            }
            paragraph++;
        }
        if (sentences.isEmpty()) {
            // A page that is only a headline still answers questions about that headline.
            sentences.add(new Sentence(0, 0, titleSpan));
        }
        return new Article(id, title, text, contentHash, sentences, chunker.chunk(id, title, text, sentences));
    }
}
