package dev.khabar.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.config.KhabarConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
class RateLimitTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khabar.rate-limit.requests-per-minute", "6", "khabar.rate-limit.burst", "3",
                    "khabar.rate-limit.trust-forwarded-for", "true", "khabar.admin.token", "");
        }
    }

    private static Response ask(String client) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("question", "kim")).post("/api/chat");
    }

    @Test
    void burstThenTooManyRequestsWithRetryAfterPerClient() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, ask("10.9.9.1").statusCode());
        }
        Response limited = ask("10.9.9.1");
        assertEquals(429, limited.statusCode());
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        assertTrue(limited.jsonPath().getString("error").contains("too many"));
        assertEquals(200, ask("10.9.9.2").statusCode(), "another client has its own bucket");
        given().get("/api/documents").then().statusCode(200);
    }

    @Test
    void bucketRefillsAtTheConfiguredRate() {
        RateLimiter limiter = new RateLimiter(new TestConfig());
        long t = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("c", t));
        }
        long wait = limiter.acquire("c", t);
        assertEquals(10_000_000_000L, wait, 1_000_000, "6 per minute: one every 10 s");
        assertEquals(0, limiter.acquire("c", t + wait));
    }

    @Test
    void adminWithoutConfiguredTokenIsRefused() {
        given().header("Authorization", "Bearer ").post("/api/admin/reindex").then().statusCode(403);
    }

    /** Only what the limiter reads. */
    static final class TestConfig implements KhabarConfig {
        public Corpus corpus() { return null; }
        public Data data() { return null; }
        public Chunking chunk() { return null; }
        public Embedding embedding() { return null; }
        public Retrieval retrieval() { return null; }
        public Answer answer() { return null; }
        public Admin admin() { return null; }
        public RateLimit rateLimit() {
            return new RateLimit() {
                public boolean enabled() { return true; }
                public int requestsPerMinute() { return 6; }
                public int burst() { return 3; }
                public boolean trustForwardedFor() { return false; }
            };
        }
    }
}
