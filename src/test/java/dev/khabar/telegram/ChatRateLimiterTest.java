package dev.khabar.telegram;

import static dev.khabar.telegram.ChatRateLimiter.Verdict.ANSWER;
import static dev.khabar.telegram.ChatRateLimiter.Verdict.DROP;
import static dev.khabar.telegram.ChatRateLimiter.Verdict.WARN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChatRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstThenOneWarningThenSilenceUntilATokenIsBack() {
        ChatRateLimiter limiter = new ChatRateLimiter(3, 6);
        List<ChatRateLimiter.Verdict> verdicts = IntStream.range(0, 6).mapToObj(i -> limiter.acquire(1, 0)).toList();
        assertEquals(List.of(ANSWER, ANSWER, ANSWER, WARN, DROP, DROP), verdicts);

        assertEquals(DROP, limiter.acquire(1, 9 * SECOND), "6 per minute: one token every 10 s");
        assertEquals(ANSWER, limiter.acquire(1, 10 * SECOND));
        assertEquals(WARN, limiter.acquire(1, 10 * SECOND), "a new flood is told again");
        assertEquals(DROP, limiter.acquire(1, 10 * SECOND));
    }

    @Test
    void chatsHaveTheirOwnBuckets() {
        ChatRateLimiter limiter = new ChatRateLimiter(1, 1);
        assertEquals(ANSWER, limiter.acquire(1, 0));
        assertEquals(WARN, limiter.acquire(1, 0));
        assertEquals(ANSWER, limiter.acquire(2, 0));
        assertEquals(ANSWER, limiter.acquire(-1001234567890L, 0));
    }
}
