package dev.khabar.answer;

import dev.khabar.config.KhabarConfig;
import dev.khabar.ingest.IngestionService;
import dev.khabar.query.ExpandedQuery;
import dev.khabar.retrieval.SearchService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The one answering service behind every door (REST, streaming, Telegram, evaluation): transform the question,
 * retrieve, answer, validate citations.
 */
@ApplicationScoped
public class AnswerService {

    /** A validated answer with what was retrieved for it. */
    public record Result(ExpandedQuery query, Answer answer, List<dev.khabar.retrieval.RankedChunk> retrieved,
            long tookMillis) {
    }

    private final SearchService search;
    private final IngestionService ingestion;
    private final Answerer extractive;
    private final CitationValidator validator = new CitationValidator();
    private final int topK;
    private final Timer timer;

    public AnswerService(SearchService search, IngestionService ingestion, KhabarConfig config,
            MeterRegistry registry) {
        this.search = search;
        this.ingestion = ingestion;
        this.topK = config.retrieval().topK();
        this.extractive = new ExtractiveAnswerer(
                () -> {
                    IngestionService.Snapshot s = ingestion.snapshot();
                    return new ExtractiveAnswerer.Context(s.corpus(), s.terms(), ingestion.lexical());
                },
                config.answer().maxSentences(), config.answer().minCoverage());
        this.timer = Timer.builder("khabar.answer").description("Time to answer a question")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    public Result answer(String question) {
        long t0 = System.nanoTime();
        var retrieval = search.search(question, topK);
        Answer answer = extractive.answer(retrieval.query(), retrieval.chunks());
        Answer validated = validator.validate(answer, ingestion.corpus());
        long nanos = System.nanoTime() - t0;
        timer.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        return new Result(retrieval.query(), validated, retrieval.chunks(), nanos / 1_000_000);
    }
}
