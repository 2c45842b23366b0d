package dev.khabar.llm;

import dev.khabar.config.KhabarConfig;
import dev.langchain4j.data.message.ChatMessage;
import io.quarkiverse.langchain4j.ModelName;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import java.lang.annotation.Annotation;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one door to the configured chat model. A hung provider costs at most the timeout, and a failing one is left
 * alone for a while by the circuit breaker, so answers fall back to extractive quickly instead of queueing behind
 * it. Both are tunable with MicroProfile Fault Tolerance keys, e.g.
 * {@code dev.khabar.llm.ChatModelGateway/complete/Timeout/value=30000}.
 */
@ApplicationScoped
public class ChatModelGateway {

    /** The provider as last seen: up, down (with why), or not yet asked. */
    public record Status(String state, String detail, Instant at) {
    }

    /** How long a streamed reply may take in all; the non-streaming call has the same bound in {@link Timeout}. */
    static final Duration STREAM_TIMEOUT = Duration.ofSeconds(60);

    /** The Ollama-native model's name in application.properties ({@code quarkus.langchain4j.ollama-native.*}). */
    static final String OLLAMA_MODEL = "ollama-native";

    private final Instance<ChatModel> model;
    private final Instance<StreamingChatModel> streamingModel;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("unknown", "not called yet", null));

    public ChatModelGateway(@Any Instance<ChatModel> models, @Any Instance<StreamingChatModel> streamingModels,
            KhabarConfig config) {
        // Both providers' beans exist; which one answers is a run-time choice, and only it is ever created.
        Annotation which = config.answer().provider() == KhabarConfig.Answer.Provider.OLLAMA
                ? ModelName.Literal.of(OLLAMA_MODEL)
                : Default.Literal.INSTANCE;
        this.model = models.select(which);
        this.streamingModel = streamingModels.select(which);
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    public String complete(List<ChatMessage> messages) {
        try {
            String text = model.get().chat(messages).aiMessage().text();
            status.set(new Status("up", "last call answered", Instant.now()));
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            markDown(e);
            throw e;
        }
    }

    /** Streams the reply, handing each token to {@code tokens}; returns the whole text or throws on failure. */
    public String stream(List<ChatMessage> messages, Consumer<String> tokens) {
        CompletableFuture<String> done = new CompletableFuture<>();
        try {
            streamingModel.get().chat(messages, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    if (!done.isDone()) {
                        tokens.accept(partial);
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response.aiMessage().text() == null ? "" : response.aiMessage().text());
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            String text = done.get(STREAM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            status.set(new Status("up", "last call answered", Instant.now()));
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            markDown(e);
            throw new IllegalStateException("interrupted while waiting for the chat model", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // completing here also makes late tokens of a timed-out stream go nowhere
            done.cancel(false);
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            markDown(cause);
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    public void markDown(Throwable e) {
        status.set(new Status("down", e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()),
                Instant.now()));
    }

    public Status status() {
        return status.get();
    }
}
