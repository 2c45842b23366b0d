package dev.khabar.eval;

import dev.khabar.answer.AnswerService;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.IngestionService;
import dev.khabar.retrieval.SearchService;
import java.util.List;
import java.util.Optional;

/** The pipeline itself, no HTTP in between. */
public final class InProcessTarget implements Target {

    private final AnswerService answers;
    private final SearchService search;
    private final IngestionService ingestion;

    public InProcessTarget(AnswerService answers, SearchService search, IngestionService ingestion) {
        this.answers = answers;
        this.search = search;
        this.ingestion = ingestion;
    }

    @Override
    public Reply ask(String question, String conversationId) {
        var a = answers.answer(question).answer();
        return new Reply(a.text(), a.grounded(), a.citations());
    }

    @Override
    public List<Hit> search(String question, int k) {
        return search.search(question, k).chunks().stream()
                .map(rc -> new Hit(rc.chunk().documentId(), rc.chunk().text())).toList();
    }

    @Override
    public Optional<String> documentText(String documentId) {
        return ingestion.corpus().article(documentId).map(Article::text);
    }
}
