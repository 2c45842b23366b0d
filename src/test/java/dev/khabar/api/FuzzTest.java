package dev.khabar.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile bodies on the JSON endpoints: always a 4xx JSON error or a normal answer, never a 500. */
@QuarkusTest
class FuzzTest {

    private static final long SEED = 20261128L;
    private static final String[] JSON_ENDPOINTS = {"/api/chat", "/api/chat/stream"};

    private static void assertClientErrorOrAnswer(Response r, String what) {
        int status = r.statusCode();
        assertTrue(status == 200 || (status >= 400 && status < 500), what + " gave " + status);
        if (status >= 400) {
            assertTrue(r.contentType().startsWith("application/json"), what + " error is not JSON");
            assertTrue(r.jsonPath().getString("error") != null, what + " has no error message");
        }
    }

    private static Response post(String path, byte[] body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path);
    }

    @Test
    void randomBytes() {
        Random random = new Random(SEED);
        for (int i = 0; i < 60; i++) {
            byte[] body = new byte[random.nextInt(2000)];
            random.nextBytes(body);
            for (String path : JSON_ENDPOINTS) {
                assertClientErrorOrAnswer(post(path, body), "random bytes #" + i + " to " + path);
            }
        }
    }

    @Test
    void mutatedValidRequests() {
        Random random = new Random(SEED + 1);
        byte[] valid = "{\"question\":\"पुतिन उत्तर कोरिया कब जा रहे हैं?\",\"conversationId\":\"c1\"}"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 80; i++) {
            byte[] body = valid.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                body[random.nextInt(body.length)] = (byte) random.nextInt(256);
            }
            assertClientErrorOrAnswer(post("/api/chat", body), "mutation #" + i);
        }
    }

    @Test
    void deepJsonInvalidUtf8ControlCharactersAndLongDevanagari() {
        String deep = "{\"question\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertClientErrorOrAnswer(post("/api/chat", deep.getBytes(StandardCharsets.UTF_8)), "deep JSON");
        byte[] badUtf8 = {'{', '"', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                (byte) 0xFF, '"', '}'};
        assertClientErrorOrAnswer(post("/api/chat", badUtf8), "invalid UTF-8");
        given().contentType(ContentType.JSON).body(Map.of("question", "kim\u0000\u0007jong")).post("/api/chat")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("question", "क्यों".repeat(2000))).post("/api/chat")
                .then().statusCode(400).contentType(ContentType.JSON);
        given().contentType(ContentType.JSON).body("{\"question\": \"" + "अ".repeat(300_000) + "\"}").post("/api/chat")
                .then().statusCode(413).contentType(ContentType.JSON);
    }

    @Test
    void serviceIsHealthyAfterwards() {
        randomBytes();
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().contentType(ContentType.JSON).body(Map.of("question", "What did Putin announce after meeting Kim?"))
                .post("/api/chat").then().statusCode(200).body("grounded", is(true));
    }
}
