package dev.khabar.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per chat, as {@code dev.khabar.api.RateLimiter} keeps per HTTP client: {@code burst} messages at
 * once, then {@code messages-per-minute}. It also remembers whether the chat has been told to slow down since it
 * was last served, so a flood gets one notice rather than silence or one notice per message.
 */
@ApplicationScoped
public class ChatRateLimiter {

    /** What to do with a chat's message. */
    public enum Verdict {
        ANSWER,
        /** Over the limit, first time since the last answer: tell the chat to slow down. */
        WARN,
        /** Over the limit and already told. */
        DROP
    }

    /** Buckets idle this long are full again and can be forgotten. */
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000;
    private static final int MAX_CHATS = 100_000;

    private static final class Bucket {
        double tokens;
        long last;
        boolean warned;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }
    }

    private final int burst;
    private final double tokensPerNano;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public ChatRateLimiter(TelegramConfig config) {
        this(config.rateLimit().burst(), config.rateLimit().messagesPerMinute());
    }

    ChatRateLimiter(int burst, int perMinute) {
        this.burst = Math.max(1, burst);
        this.tokensPerNano = Math.max(1, perMinute) / 60e9;
    }

    public Verdict acquire(long chatId) {
        return acquire(chatId, System.nanoTime());
    }

    Verdict acquire(long chatId, long now) {
        if (buckets.size() >= MAX_CHATS) {
            buckets.entrySet().removeIf(e -> now - e.getValue().last > IDLE_NANOS);
        }
        Bucket b = buckets.computeIfAbsent(chatId, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.last) * tokensPerNano);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                b.warned = false;
                return Verdict.ANSWER;
            }
            if (b.warned) {
                return Verdict.DROP;
            }
            b.warned = true;
            return Verdict.WARN;
        }
    }
}
