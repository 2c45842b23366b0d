package dev.khabar.chat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChatApiTest {

    static JsonPath ask(String question) {
        return given().contentType(ContentType.JSON).body(Map.of("question", question))
                .when().post("/api/chat")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    @Test
    void whyIsTheUsWorriedIsAnsweredFromTheKimPutinArticle() {
        JsonPath r = ask("why is the US worried");
        assertTrue(r.getBoolean("grounded"));
        List<String> docs = r.getList("citations.documentId");
        assertTrue(docs.contains("004_d9840c39c33cbe66"), "cited " + docs);
        assertFalse(r.getString("conversationId").isBlank());
        for (int n = 1; n <= docs.size(); n++) {
            assertTrue(r.getString("answer").contains("[" + n + "]"), "marker [" + n + "] in the answer");
        }
    }

    @Test
    void everyCitationIsVerbatimAtItsOffsetsInTheOriginalFile() {
        for (String q : List.of("why is the US worried", "पुतिन उत्तर कोरिया कब जा रहे हैं?",
                "Kim Jong Un ka Russia daura America ke liye chinta ki baat kyun hai?",
                "What did Putin announce after meeting Kim?")) {
            JsonPath r = ask(q);
            List<Map<String, Object>> citations = r.getList("citations");
            assertFalse(citations.isEmpty(), q);
            for (Map<String, Object> c : citations) {
                String file = Seeds.text((String) c.get("documentId"));
                assertEquals(c.get("snippet"), Seeds.slice(file, (Integer) c.get("start"), (Integer) c.get("end")), q);
            }
        }
    }

    @Test
    void offTopicQuestionIsRefusedWithoutCitations() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Who won the 2023 Cricket World Cup?"))
                .when().post("/api/chat")
                .then().statusCode(200)
                .body("grounded", is(false))
                .body("citations", empty())
                .body("answer", not(empty()));
    }

    @Test
    void anAmountOfMoneyTheArticlesNeverGiveIsRefused() {
        JsonPath r = ask("Russia aur North Korea ki deal kitne paise ki hai?");
        assertFalse(r.getBoolean("grounded"), "no passage holds an amount of money: " + r.getString("answer"));
    }

    @Test
    void anEverydayDetailTheArticlesNeverTellIsRefused() {
        // the articles show Kim stepping off his train, and never say what he wore
        assertRefused("What did Kim wear when he got off the train?",
                "Kim ne train se utarte waqt kaunse kapde pehne the?");
        // nor whether his train was armoured: a word the glossary knows and the articles never use
        assertRefused("Was Kim's train armoured?", "Kim ki train bulletproof thi kya?");
    }

    @Test
    void aPersonTheArticlesNeverNameSinksTheQuestionHoweverItIsTyped() {
        assertRefused("How did President Joe Biden react to Kim's visit to Russia?",
                "how did president joe biden react to kim's visit to russia");
    }

    private static void assertRefused(String... questions) {
        for (String q : questions) {
            JsonPath r = ask(q);
            assertFalse(r.getBoolean("grounded"), q + " -> " + r.getString("answer"));
        }
    }

    @Test
    void whatASourceSaidComesBeforeTheSentenceIntroducingTheSource() {
        // "नेशनल सिक्योरिटी काउंसिल के अधिकारी जॉन किर्बी ने … बताया" matches "security official" best; the answer is
        // what Kirby claims North Korea may ask for
        JsonPath r = ask("According to the American security official, what could Pyongyang ask Russia for in exchange"
                + " for arms?");
        String first = r.getString("citations[0].snippet");
        assertTrue(first.contains("मांग"), first);
    }

    @Test
    void aNameBeforeWhatAWhichQuestionAsksForOnlyNarrowsIt() {
        // the article calls Kirby a National Security Council official and never says "White House"
        JsonPath r = ask("Which White House official said the arms talks between Russia and North Korea were moving"
                + " forward?");
        assertTrue(r.getString("answer").contains("किर्बी"), r.getString("answer"));
    }

    @Test
    void aParaphraseFarFromTheArticlesWordsIsBridged() {
        JsonPath price = ask("What could Russia ask for in return for feeding North Korea?");
        assertTrue(price.getString("answer").contains("पनडुब्ब"), price.getString("answer"));
        JsonPath shortOf = ask("What is Russia running low on in the war, according to Japan's public broadcaster?");
        assertTrue(shortOf.getString("citations[0].snippet").contains("कमी"), shortOf.getString("answer"));
    }

    @Test
    void aNamedSourceIsFoundByItsNameHoweverTheQuestionDescribesIt() {
        JsonPath r = ask("What did Japanese public television broadcaster NHK report on Russia's situation in the"
                + " Ukraine war?");
        assertTrue(r.getBoolean("grounded"), r.getString("answer"));
        assertTrue(r.getString("citations[0].snippet").contains("एनएचके"), r.getString("citations[0].snippet"));
    }

    @Test
    void somethingOnlyInARelatedLinkIsRefused() {
        JsonPath r = ask("Rahul Gandhi ne Raebareli ke baare mein kya kaha?");
        assertFalse(r.getBoolean("grounded"));
        assertEquals("hinglish", r.getString("language"));
    }

    @Test
    void conversationIdIsKept() {
        given().contentType(ContentType.JSON).body(Map.of("question", "Where did Kim and Putin meet?",
                "conversationId", "c-42"))
                .when().post("/api/chat")
                .then().statusCode(200).body("conversationId", is("c-42"));
    }

    @Test
    void streamSendsSourcesTokensAndDone() {
        String body = given().contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("question", "why is the US worried"))
                .when().post("/api/chat/stream")
                .then().statusCode(200).extract().asString();
        int sources = body.indexOf("event:sources");
        int token = body.indexOf("event:token");
        int done = body.indexOf("event:done");
        assertTrue(sources >= 0 && token > sources && done > token, body);
        assertTrue(body.contains("004_d9840c39c33cbe66"));
    }

    @Test
    void documentsListsAllSeeds() {
        given().when().get("/api/documents")
                .then().statusCode(200)
                .body("documents.id", hasItem("004_d9840c39c33cbe66"))
                .body("documents.size()", is(5))
                .body("documents.status", not(hasItem("error")));
    }
}
