package dev.khabar.llm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.langchain4j.data.message.UserMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

/** A failing provider is left alone after repeated failures, and questions are still answered meanwhile. */
@QuarkusTest
@TestProfile(CircuitBreakerTest.Breaker.class)
@QuarkusTestResource(value = FakeOpenAi.class, restrictToAnnotatedClass = true)
class CircuitBreakerTest {

    public static class Breaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khabar.answer.mode", "llm", "quarkus.langchain4j.openai.api-key", "test-key",
                    "quarkus.langchain4j.openai.max-retries", "1");
        }
    }

    @Inject
    ChatModelGateway gateway;

    @Test
    void afterRepeatedFailuresTheProviderIsNotCalledAndAnswersFallBack() {
        FakeOpenAi.Step[] failures = new FakeOpenAi.Step[20];
        java.util.Arrays.fill(failures, new FakeOpenAi.Fail(500));
        FakeOpenAi.script(failures);
        for (int i = 0; i < 4; i++) {
            assertThrows(RuntimeException.class, () -> gateway.complete(List.of(UserMessage.from("q"))));
        }
        int calls = FakeOpenAi.REQUESTS.size();
        assertThrows(CircuitBreakerOpenException.class, () -> gateway.complete(List.of(UserMessage.from("q"))));
        assertEquals(calls, FakeOpenAi.REQUESTS.size(), "an open breaker does not call the provider");

        given().contentType("application/json").body(Map.of("question", "Why is the US worried?"))
                .when().post("/api/chat").then().statusCode(200).body("answerer", containsString("fallback"));
        assertEquals(calls, FakeOpenAi.REQUESTS.size());
    }
}
