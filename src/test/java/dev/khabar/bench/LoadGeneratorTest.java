package dev.khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void nearestRankPercentiles() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, LoadGenerator.percentile(sorted, 50));
        assertEquals(10, LoadGenerator.percentile(sorted, 95));
        assertEquals(10, LoadGenerator.percentile(sorted, 99));
        assertEquals(1, LoadGenerator.percentile(new long[] {1}, 99));
        assertEquals(0, LoadGenerator.percentile(new long[0], 50));
    }

    @Test
    void refusesToSendLoadOffThisMachine() throws Exception {
        // The address is never contacted: the check runs before sending, and the run stops after its one request.
        LoadGenerator.Result r = new LoadGenerator(1).run(1, 1, Duration.ofSeconds(10),
                n -> HttpRequest.newBuilder(URI.create("http://192.0.2.1:9/")).build(), (n, resp) -> null);
        assertEquals(1, r.errors());
        assertTrue(r.errorSamples().get(0).contains("loopback"), r.errorSamples().toString());
    }

    @Test
    void aChatReplyIsCompleteOnlyWithAnswerItsConversationIdAndCitationsWhenGrounded() {
        String ok = "{\"answer\":\"x [1]\",\"grounded\":true,\"citations\":[{\"n\":1}],\"conversationId\":\"c-1\"}";
        assertEquals(null, Bench.chatProblem("c-1", ok));
        assertTrue(Bench.chatProblem("c-2", ok).contains("conversationId"));
        assertTrue(Bench.chatProblem("c-1", ok.replace("x [1]", " ")).contains("empty answer"));
        assertTrue(Bench.chatProblem("c-1", ok.replace("[{\"n\":1}]", "[]")).contains("without citations"));
        assertTrue(Bench.chatProblem("c-1", "<html>").startsWith("not JSON"));
    }
}
