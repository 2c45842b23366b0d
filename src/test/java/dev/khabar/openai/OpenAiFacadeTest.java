package dev.khabar.openai;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Khabar as an OpenAI-compatible model, checked by shape and by a real OpenAI client library. */
@QuarkusTest
class OpenAiFacadeTest {

    static final String WORRIED = "{\"model\":\"khabar\",\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
            + "{\"role\":\"user\",\"content\":\"Why is the US worried about Kim and Putin?\"}]}";

    @TestHTTPResource("/v1")
    URL v1;

    @Test
    void aCompletionCarriesTheAnswerItsSourcesAndKhabarCitations() {
        given().contentType("application/json").body(WORRIED)
                .when().post("/v1/chat/completions")
                .then().statusCode(200)
                .body("object", equalTo("chat.completion"))
                .body("id", startsWith("chatcmpl-"))
                .body("model", equalTo("khabar"))
                .body("choices[0].message.role", equalTo("assistant"))
                .body("choices[0].message.content", containsString("[1]"))
                .body("choices[0].message.content", containsString("\n\nSources:\n[1] "))
                .body("choices[0].finish_reason", equalTo("stop"))
                .body("usage.total_tokens", notNullValue())
                .body("khabar_grounded", equalTo(true))
                .body("khabar_citations.documentId", hasItem("004_d9840c39c33cbe66"));
    }

    @Test
    void aStreamSendsChunksThenDoneAndAddsUpToTheCompletion() throws Exception {
        String whole = given().contentType("application/json").body(WORRIED).when().post("/v1/chat/completions")
                .then().extract().path("choices[0].message.content");
        String body = given().contentType("application/json").body(WORRIED.replace("{\"model\"", "{\"stream\":true,\"model\""))
                .when().post("/v1/chat/completions")
                .then().statusCode(200).header("Content-Type", startsWith("text/event-stream")).extract().asString();
        List<String> data = body.lines().filter(l -> l.startsWith("data: ")).map(l -> l.substring(6)).toList();
        assertEquals("[DONE]", data.get(data.size() - 1));
        ObjectMapper json = new ObjectMapper();
        StringBuilder content = new StringBuilder();
        JsonNode first = json.readTree(data.get(0));
        assertEquals("assistant", first.at("/choices/0/delta/role").asText());
        JsonNode last = json.readTree(data.get(data.size() - 2));
        assertEquals("stop", last.at("/choices/0/finish_reason").asText());
        assertTrue(last.get("khabar_citations").size() >= 1);
        for (String d : data.subList(0, data.size() - 1)) {
            JsonNode chunk = json.readTree(d);
            assertEquals("chat.completion.chunk", chunk.get("object").asText());
            content.append(chunk.at("/choices/0/delta/content").asText(""));
        }
        assertEquals(whole, content.toString());
    }

    @Test
    void theModelListNamesKhabar() {
        given().when().get("/v1/models").then().statusCode(200)
                .body("object", equalTo("list")).body("data[0].id", equalTo("khabar"))
                .body("data[0].object", equalTo("model"));
    }

    @Test
    void earlierUserMessagesAreTheConversation() {
        String body = "{\"messages\":[{\"role\":\"user\",\"content\":\"When did Kim Jong Un reach Russia?\"},"
                + "{\"role\":\"assistant\",\"content\":\"On Tuesday [1].\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"How did he travel there?\"}]}]}";
        given().contentType("application/json").body(body).when().post("/v1/chat/completions")
                .then().statusCode(200).body("khabar_grounded", equalTo(true))
                .body("choices[0].message.content", containsString("ट्रेन"));
    }

    @Test
    void badRequestsGetJsonErrors() {
        given().contentType("application/json").body("{\"messages\":[]}").when().post("/v1/chat/completions")
                .then().statusCode(400).body("error", containsString("messages"));
        given().contentType("application/json").body("{\"messages\":[{\"role\":\"system\",\"content\":\"hi\"}]}")
                .when().post("/v1/chat/completions").then().statusCode(400).body("error", containsString("user"));
        given().contentType("application/json").body("{\"messages\":[{\"role\":\"user\",\"content\":\"  \"}]}")
                .when().post("/v1/chat/completions").then().statusCode(400);
        given().contentType("application/json").body("{\"messages\": 5}").when().post("/v1/chat/completions")
                .then().statusCode(400);
    }

    @Test
    void langChain4jsOpenAiClientCanUseKhabarAsAModel() throws Exception {
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(v1.toString()).apiKey("unused")
                .modelName("khabar").timeout(Duration.ofSeconds(30)).build();
        String answer = model.chat("Why is the US worried about Kim and Putin?");
        assertTrue(answer.contains("[1]") && answer.contains("Sources:"), answer);

        OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder().baseUrl(v1.toString())
                .apiKey("unused").modelName("khabar").timeout(Duration.ofSeconds(30)).build();
        List<String> partials = new ArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        streaming.chat("Why is the US worried about Kim and Putin?", new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                partials.add(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(30, TimeUnit.SECONDS);
        assertTrue(partials.size() > 1, "streamed in pieces");
        assertEquals(answer, String.join("", partials));
        assertEquals(answer, response.aiMessage().text());
    }
}
