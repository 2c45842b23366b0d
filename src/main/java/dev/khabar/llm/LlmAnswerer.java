package dev.khabar.llm;

import dev.khabar.answer.Answer;
import dev.khabar.answer.Answerer;
import dev.khabar.answer.Refusals;
import dev.khabar.ingest.Corpus;
import dev.khabar.query.ExpandedQuery;
import dev.khabar.retrieval.RankedChunk;
import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Answers with the configured chat model over the retrieved chunks, then maps its {@code [n]} markers to verbatim
 * citations. Any model failure (unreachable, timeout, open circuit) falls back to the extractive answer, marked so.
 */
public final class LlmAnswerer implements Answerer {

    public static final String NAME = "llm";
    static final String FALLBACK = "extractive (fallback: chat model unavailable)";
    private static final Logger LOG = Logger.getLogger(LlmAnswerer.class);

    /** A model call that hands out tokens as they come and returns the whole reply. */
    @FunctionalInterface
    public interface StreamingModel {
        String stream(List<ChatMessage> messages, Consumer<String> tokens);
    }

    private final Function<List<ChatMessage>, String> model;
    private final StreamingModel streamingModel;
    private final Answerer fallback;
    private final Supplier<Corpus> corpus;

    public LlmAnswerer(Function<List<ChatMessage>, String> model, StreamingModel streamingModel, Answerer fallback,
            Supplier<Corpus> corpus) {
        this.model = model;
        this.streamingModel = streamingModel;
        this.fallback = fallback;
        this.corpus = corpus;
    }

    @Override
    public Answer answer(ExpandedQuery query, List<RankedChunk> chunks) {
        return write(query, chunks, model);
    }

    @Override
    public Answer answer(ExpandedQuery query, List<RankedChunk> chunks, Consumer<String> tokens) {
        return write(query, chunks, messages -> streamingModel.stream(messages, tokens));
    }

    @Override
    public boolean streams() {
        return true;
    }

    private Answer write(ExpandedQuery query, List<RankedChunk> chunks, Function<List<ChatMessage>, String> call) {
        if (chunks.isEmpty()) {
            return Answer.refusal(Refusals.notFound(query.language()), NAME);
        }
        String reply;
        try {
            reply = call.apply(PromptBuilder.grounded(query.question(), query.language(), chunks));
        } catch (RuntimeException e) {
            LOG.warnf("Chat model failed (%s); answering extractively", e.toString());
            Answer a = fallback.answer(query, chunks);
            return new Answer(a.text(), a.grounded(), a.citations(), FALLBACK, a.warnings())
                    .withWarning("the chat model is unavailable (" + e.getClass().getSimpleName()
                            + "); this answer was extracted from the articles instead");
        }
        if (echoesRules(reply)) {
            return Answer.refusal(Refusals.notFound(query.language()), NAME)
                    .withWarning("the model's reply repeated its instructions, so it was withheld");
        }
        return MarkerMapper.map(reply, query.question(), query.language(), chunks, corpus.get(), NAME);
    }

    /** A reply quoting any rule line was talked into revealing the prompt; no legitimate answer does that. */
    static boolean echoesRules(String reply) {
        String r = reply.toLowerCase(java.util.Locale.ROOT);
        return PromptBuilder.RULES.lines().map(String::strip).filter(l -> l.length() > 30)
                .map(l -> l.replaceFirst("^\\d\\.\\s*", "").toLowerCase(java.util.Locale.ROOT))
                .map(l -> l.substring(0, Math.min(40, l.length())))
                .anyMatch(r::contains);
    }
}
