package dev.khabar.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
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

    private final Instance<ChatModel> model;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("unknown", "not called yet", null));

    public ChatModelGateway(Instance<ChatModel> model) {
        this.model = model;
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

    public void markDown(Throwable e) {
        status.set(new Status("down", e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()),
                Instant.now()));
    }

    public Status status() {
        return status.get();
    }
}
