package dev.khabar.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Follow-up questions with the extractive default: the rule-based condenser fills in who "he" is. */
@QuarkusTest
class ConversationApiTest {

    static io.restassured.response.ValidatableResponse ask(String question, String conversationId) {
        return given().contentType("application/json")
                .body(Map.of("question", question, "conversationId", conversationId))
                .when().post("/api/chat").then().statusCode(200);
    }

    @Test
    void aFollowUpKeepsTheConversationsSubject() {
        ask("When did Kim Jong Un reach Russia?", "conv-1").body("grounded", equalTo(true));
        ask("How did he travel there?", "conv-1")
                .body("standaloneQuestion", containsStringIgnoringCase("kim jong un"))
                .body("grounded", equalTo(true))
                .body("answer", containsString("ट्रेन"));
    }

    @Test
    void conversationsAreKeptApart() {
        ask("When did Kim Jong Un reach Russia?", "conv-2");
        ask("How did he travel there?", "conv-3")
                .body("standaloneQuestion", equalTo("How did he travel there?"));
    }

    @Test
    void theStreamRemembersTooAndItsDoneEventCarriesTheStandaloneQuestion() {
        given().contentType("application/json")
                .body(Map.of("question", "Why is Putin going to North Korea?", "conversationId", "conv-4"))
                .when().post("/api/chat/stream").then().statusCode(200);
        ask("When will he go?", "conv-4").body("standaloneQuestion", containsStringIgnoringCase("putin"))
                .body("citations.documentId", hasItem(org.hamcrest.Matchers.startsWith("00")));
    }
}
