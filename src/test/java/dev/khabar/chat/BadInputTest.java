package dev.khabar.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every client mistake gets a 4xx with a JSON error body, and the service keeps serving. */
@QuarkusTest
class BadInputTest {

    private static void expectError(io.restassured.response.Response r, int status) {
        r.then().statusCode(status).contentType(ContentType.JSON).body("error", notNullValue()).body("status", is(status));
    }

    private static io.restassured.response.Response postChat(String contentType, String body) {
        return given().contentType(contentType).body(body).when().post("/api/chat");
    }

    @Test
    void emptyAndBlankQuestions() {
        expectError(postChat("application/json", "{\"question\": \"\"}"), 400);
        expectError(postChat("application/json", "{\"question\": \"   \\n \"}"), 400);
        expectError(postChat("application/json", "{}"), 400);
        expectError(postChat("application/json", "{\"question\": null}"), 400);
    }

    @Test
    void tooLongQuestion() {
        given().contentType(ContentType.JSON).body(Map.of("question", "क".repeat(2001)))
                .when().post("/api/chat")
                .then().statusCode(400).body("error", containsString("2000"));
    }

    @Test
    void malformedJsonAndWrongShapes() {
        expectError(postChat("application/json", "{\"question\": "), 400);
        expectError(postChat("application/json", "not json"), 400);
        expectError(postChat("application/json", "[1,2]"), 400);
        postChat("application/json", "[1,2]").then().body("error", containsString("the body must be an object"));
        expectError(postChat("application/json", "{\"question\": {\"a\": 1}}"), 400);
        expectError(postChat("application/json", "{\"question\": 5}"), 400);
        expectError(postChat("application/json", "{\"question\": true}"), 400);
        postChat("application/json", "{\"question\": 5}").then().body("error", containsString("\"question\" must be a string"));
        expectError(postChat("application/json", ""), 400);
        postChat("application/json", "{\"question\": ").then().body("error", containsString("not valid JSON"));
    }

    @Test
    void wrongContentTypeAndMethod() {
        expectError(postChat("text/plain", "why is the US worried"), 415);
        expectError(given().when().get("/api/chat"), 405);
    }

    @Test
    void unknownPaths() {
        expectError(given().when().get("/api/nope"), 404);
        expectError(given().when().get("/no/such/page"), 404);
        expectError(given().when().get("/api/documents/missing-doc"), 404);
    }

    @Test
    void badSearchParameters() {
        expectError(given().when().get("/api/search"), 400);
        expectError(given().queryParam("q", "kim").queryParam("k", "abc").when().get("/api/search"), 400);
        expectError(given().queryParam("q", "kim").queryParam("k", 0).when().get("/api/search"), 400);
        expectError(given().queryParam("q", "kim").queryParam("k", 1000).when().get("/api/search"), 400);
    }

    @Test
    void serviceKeepsAnsweringAfterBadInput() {
        expectError(postChat("application/json", "{\"question\": "), 400);
        given().contentType(ContentType.JSON).body(Map.of("question", "How did Kim Jong Un travel to Russia?"))
                .when().post("/api/chat").then().statusCode(200).body("grounded", is(true));
    }
}
