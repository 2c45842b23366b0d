package dev.khabar.answer;

import dev.khabar.config.KhabarConfig;
import dev.khabar.conversation.ConversationMemory;
import dev.khabar.conversation.FollowUpCondenser;
import dev.khabar.conversation.RuleBasedCondenser;
import dev.khabar.conversation.Turn;
import dev.khabar.ingest.IngestionService;
import dev.khabar.llm.ChatModelGateway;
import dev.khabar.llm.LlmAnswerer;
import dev.khabar.llm.LlmCondenser;
import dev.khabar.query.Concept;
import dev.khabar.query.ExpandedQuery;
import dev.khabar.retrieval.RankedChunk;
import dev.khabar.retrieval.SearchService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one answering service behind every door (REST, streaming, OpenAI facade, Telegram, evaluation): condense a
 * follow-up, transform the question, retrieve, answer, validate citations.
 */
@ApplicationScoped
public class AnswerService {

    /** A validated answer with what was searched for ({@code standalone}: the question with its context filled in). */
    public record Result(ExpandedQuery query, Answer answer, List<RankedChunk> retrieved, long tookMillis,
            String standalone) {
    }

    /** Passages best first; the first {@code quoted} of them are the ones the answer quotes. */
    public record Ranking(ExpandedQuery query, List<RankedChunk> chunks, int quoted) {
    }

    private final SearchService search;
    private final IngestionService ingestion;
    private final ConversationMemory memory;
    private final Answerer answerer;
    private final FollowUpCondenser condenser;
    private final CitationValidator validator = new CitationValidator();
    private final int topK;
    private final Timer timer;

    public AnswerService(SearchService search, IngestionService ingestion, ConversationMemory memory,
            ChatModelGateway model, KhabarConfig config, MeterRegistry registry) {
        this.search = search;
        this.ingestion = ingestion;
        this.memory = memory;
        this.topK = config.retrieval().topK();
        Answerer extractive = new ExtractiveAnswerer(ingestion::view, config.answer().maxSentences(),
                config.answer().minCoverage());
        FollowUpCondenser rules = new RuleBasedCondenser(this::names);
        if (config.answer().mode() == KhabarConfig.Answer.Mode.LLM) {
            this.answerer = new LlmAnswerer(model::complete, model::stream, extractive, ingestion::corpus);
            this.condenser = new LlmCondenser(model::complete, rules);
        } else {
            this.answerer = extractive;
            this.condenser = rules;
        }
        this.timer = Timer.builder("khabar.answer").description("Time to answer a question")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    /** Hears an answer being made: the passages it is drawn from, then its text as it is written. */
    public interface Listener {
        /** The numbered passages the answerer was given (their first sentence as a snippet). */
        void sources(List<Citation> sources);

        void token(String text);
    }

    /** Whether answers are written piece by piece ({@link Listener#token}) rather than composed at once. */
    public boolean streamsTokens() {
        return answerer.streams();
    }

    /** A question on its own, outside any conversation. */
    public Result answer(String question) {
        return answer(question, List.<Turn>of());
    }

    /** A question in a remembered conversation: earlier turns give a follow-up its context, and it becomes one. */
    public Result answer(String question, String conversationId) {
        Result r = answer(question, memory.history(conversationId));
        memory.remember(conversationId, new Turn(question, r.standalone(), names(r.standalone())));
        return r;
    }

    /** A question in a remembered conversation, told to {@code listener} as the answer is written. */
    public Result answer(String question, String conversationId, Listener listener) {
        Result r = answer(question, memory.history(conversationId), listener);
        memory.remember(conversationId, new Turn(question, r.standalone(), names(r.standalone())));
        return r;
    }

    /** A question after {@code history} (oldest first), e.g. the earlier messages an OpenAI client sends along. */
    public Result answer(String question, List<Turn> history) {
        return answer(question, history, null);
    }

    private Result answer(String question, List<Turn> history, Listener listener) {
        long t0 = System.nanoTime();
        String standalone = condenser.condense(history, question);
        var retrieval = search.search(standalone, topK);
        Answer written;
        if (listener != null && answerer.streams()) {
            listener.sources(passages(retrieval.chunks()));
            written = answerer.answer(retrieval.query(), retrieval.chunks(), listener::token);
        } else {
            written = answerer.answer(retrieval.query(), retrieval.chunks());
        }
        Answer answer = validator.validate(written, ingestion.corpus());
        long nanos = System.nanoTime() - t0;
        timer.record(nanos, TimeUnit.NANOSECONDS);
        return new Result(retrieval.query(), answer, retrieval.chunks(), nanos / 1_000_000, standalone);
    }

    /**
     * The pipeline's final ranking of passages for a question on its own: those its answer quotes first, in the order
     * it quotes them, then the rest of the {@code k} best retrieved.
     */
    public Ranking rank(String question, int k) {
        Result r = answer(question);
        List<RankedChunk> retrieved = k <= r.retrieved().size() ? r.retrieved() : search.search(r.query(), k).chunks();
        List<RankedChunk> quoted = EvidenceFirst.quoted(r.answer().citations(), retrieved, ingestion.corpus());
        return new Ranking(r.query(), EvidenceFirst.order(quoted, retrieved, k), Math.min(quoted.size(), k));
    }

    /** Chunk n as source [n]: its first sentence, verbatim with offsets, stands for it until the answer cites. */
    private List<Citation> passages(List<RankedChunk> chunks) {
        var corpus = ingestion.corpus();
        List<Citation> out = new java.util.ArrayList<>();
        for (RankedChunk rc : chunks) {
            var article = corpus.article(rc.chunk().documentId()).orElse(null);
            if (article == null || rc.chunk().sentences().isEmpty()) {
                continue;
            }
            var span = rc.chunk().sentences().get(0).span();
            out.add(new Citation(out.size() + 1, article.id(), article.title(), article.quote(span),
                    article.codePointOffset(span.start()), article.codePointOffset(span.end())));
        }
        return out;
    }

    /** The turn a past question makes, for callers that replay a conversation they keep themselves. */
    public Turn turn(String question) {
        return new Turn(question, question, names(question));
    }

    /** Names (people, places, organisations) a question mentions: what a later "he" or "there" refers to. */
    private List<String> names(String question) {
        return search.transform(question).concepts().stream()
                .filter(c -> c.kind() == Concept.Kind.NAME && c.surface().codePoints().anyMatch(Character::isLetter))
                .map(Concept::surface).distinct().toList();
    }
}
