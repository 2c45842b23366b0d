package dev.khabar.eval;

import dev.khabar.answer.AnswerService;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.IngestionService;
import java.util.List;
import java.util.Optional;

/** The pipeline itself, no HTTP in between: the answers and ranking {@code /api/chat} and {@code /api/search} give. */
public final class InProcessTarget implements Target {

    private final AnswerService answers;
    private final IngestionService ingestion;

    public InProcessTarget(AnswerService answers, IngestionService ingestion) {
        this.answers = answers;
        this.ingestion = ingestion;
    }

    @Override
    public Reply ask(String question, String conversationId) {
        var a = answers.answer(question, conversationId).answer();
        return new Reply(a.text(), a.grounded(), a.citations());
    }

    @Override
    public List<Hit> search(String question, int k) {
        return answers.rank(question, k).chunks().stream()
                .map(rc -> new Hit(rc.chunk().documentId(), rc.chunk().text())).toList();
    }

    @Override
    public Optional<String> documentText(String documentId) {
        return ingestion.corpus().article(documentId).map(Article::text);
    }
}
