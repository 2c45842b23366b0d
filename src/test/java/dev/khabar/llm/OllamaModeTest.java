package dev.khabar.llm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** khabar.answer.provider=ollama: the same grounded answers through Ollama's native API. */
@QuarkusTest
@TestProfile(OllamaModeTest.OllamaMode.class)
@QuarkusTestResource(value = FakeOllama.class, restrictToAnnotatedClass = true)
class OllamaModeTest {

    public static class OllamaMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khabar.answer.mode", "llm", "khabar.answer.provider", "ollama");
        }
    }

    @Test
    void answersComeFromOllamaWithVerbatimCitations() {
        FakeOllama.REQUESTS.clear();
        given().contentType("application/json").body(Map.of("question", "Why is the US worried about Kim and Putin?"))
                .when().post("/api/chat").then().statusCode(200)
                .body("answerer", equalTo("llm"))
                .body("grounded", equalTo(true))
                .body("answer", containsString("Weapons for Russia [1]"))
                .body("citations", hasSize(2));
        assertTrue(FakeOllama.REQUESTS.get(0).contains("Answer in English"), FakeOllama.REQUESTS.get(0));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'chat-model' }.data.api", equalTo("ollama"))
                .body("checks.find { it.name == 'chat-model' }.data.provider", equalTo("up"));
    }

    @Test
    void theStreamCarriesOllamasTokens() {
        String body = given().contentType("application/json").body(Map.of("question", "Why is the US worried?"))
                .when().post("/api/chat/stream").then().statusCode(200).extract().asString();
        assertTrue(body.contains("\"text\":\"Weapons \""), body);
        assertTrue(body.indexOf("event:sources") < body.indexOf("event:token"), body);
        assertTrue(body.contains("\"answerer\":\"llm\""), body);
    }
}
