package dev.khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * A CI-sized load test: 200 chat requests from 8 concurrent clients over loopback, every one of which must come back
 * 2xx with a complete answer and its own conversation id. It asserts correctness under concurrency, never timing (the
 * benchmark, {@code bin/bench}, measures that). The test profile's rate limit is far above this load.
 */
@QuarkusTest
class LoadTest {

    private static final int REQUESTS = 200;
    private static final int CONCURRENCY = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/chat")
    URI chat;

    @Test
    void twoHundredConcurrentChatsAllGetCompleteAnswersWithTheirConversationId() throws Exception {
        List<String> questions = EvalQuestions.load(Path.of("eval/dev.jsonl"), Path.of("eval/extra.jsonl")).stream()
                .map(EvalQuestions.Question::question).toList();
        Set<String> echoed = ConcurrentHashMap.newKeySet();
        LoadGenerator load = new LoadGenerator();

        // The bound only keeps a hung server from hanging the build; it is not a performance requirement.
        LoadGenerator.Result r = load.run(CONCURRENCY, REQUESTS, Duration.ofMinutes(5), n -> {
            try {
                String body = JSON.writeValueAsString(Map.of("question", questions.get(n % questions.size()),
                        "conversationId", "load-" + n));
                return LoopbackHttp.Request.postJson(chat, body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, (n, response) -> {
            String problem = Bench.chatProblem("load-" + n, response.body());
            if (problem == null) {
                echoed.add("load-" + n);
            }
            return problem;
        });

        assertEquals(REQUESTS, r.requests(), "every request was sent and answered");
        assertEquals(0, r.non2xx(), "non-2xx replies: " + r.errorSamples());
        assertEquals(0, r.errors(), "incomplete replies: " + r.errorSamples());
        assertEquals(REQUESTS, echoed.size(), "each reply carried its own conversation id");
        assertTrue(echoed.contains("load-0") && echoed.contains("load-" + (REQUESTS - 1)));
    }
}
