package dev.khabar.index;

import dev.khabar.ingest.Corpus;

/** What scoring a question needs at one moment: the articles, their analyzed terms and the search index. */
public record IndexView(Corpus corpus, TermIndex terms, LexicalIndex lexical) {
}
