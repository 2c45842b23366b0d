package dev.khabar.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchApiTest {

    private static JsonPath search(String q, int k) {
        return given().queryParam("q", q).queryParam("k", k).when().get("/api/search")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void resultsHaveTheDocumentedShape() {
        given().queryParam("q", "satellite").when().get("/api/search")
                .then().statusCode(200)
                .body("results.size()", is(5))
                .body("results", everyItem(hasKey("documentId")))
                .body("results", everyItem(hasKey("title")))
                .body("results", everyItem(hasKey("chunkIndex")))
                .body("results", everyItem(hasKey("text")))
                .body("results", everyItem(hasKey("score")))
                .body("results", everyItem(hasKey("quoted")));
    }

    @Test
    void englishHindiAndHinglishQueriesFindTheHindiPassage() {
        for (String q : List.of("Vostochny cosmodrome satellite", "वोस्तोचनी कॉस्मोड्रोम", "Putin ne satellite ka elaan kiya")) {
            JsonPath r = search(q, 3);
            assertEquals("003_39dddb9f299d2a0d", r.getString("results[0].documentId"), q);
            assertTrue(r.getString("results[0].text").contains("सैटेलाइट"), q);
        }
    }

    @Test
    void thePassageTheAnswerQuotesFirstLeadsAndRetrievalsScoresOrderTheRest() {
        String q = "How did Kim Jong Un travel to Russia?";
        String firstQuote = given().contentType("application/json").body(Map.of("question", q))
                .when().post("/api/chat").then().statusCode(200).extract().path("citations[0].snippet");
        JsonPath r = search(q, 10);
        assertTrue(r.getBoolean("results[0].quoted"));
        assertTrue(r.getString("results[0].text").contains(firstQuote));
        List<Boolean> quoted = r.getList("results.quoted", Boolean.class);
        List<Float> scores = r.getList("results.score", Float.class);
        int firstUnquoted = quoted.indexOf(false);
        assertTrue(firstUnquoted > 0);
        assertEquals(-1, quoted.subList(firstUnquoted, quoted.size()).indexOf(true), "quoted passages come first");
        for (int i = firstUnquoted + 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i));
        }
    }

    @Test
    void aQuestionTheArticlesDoNotAnswerGetsRetrievalsOrderAlone() {
        JsonPath r = search("Who won the 2023 Cricket World Cup?", 5);
        assertEquals(List.of(), r.getList("results.quoted", Boolean.class).stream().filter(b -> b).toList());
        List<Float> scores = r.getList("results.score", Float.class);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i));
        }
    }

    @Test
    void noChunkCarriesBoilerplate() {
        JsonPath r = search("Advertisment ये भी पढ़ें Share Next Post Photo Credit राहुल गांधी", 50);
        List<Map<String, Object>> results = r.getList("results");
        for (Map<String, Object> result : results) {
            for (String b : Seeds.BOILERPLATE) {
                assertFalse(((String) result.get("text")).contains(b), b);
            }
        }
    }
}
