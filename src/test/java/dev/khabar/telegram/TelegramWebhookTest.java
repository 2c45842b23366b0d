package dev.khabar.telegram;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.answer.AnswerService;
import dev.khabar.answer.Citation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook mode against a fake Bot API: what the bot sends for each kind of update, and who may post updates. */
@QuarkusTest
@TestProfile(TelegramWebhookTest.Webhook.class)
class TelegramWebhookTest {

    static final String TOKEN = "123456:TEST-token_for-webhook";
    static final String SECRET = "s3cret-Value_1";

    public static class Webhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("khabar.corpus.dir", TelegramTestCorpus.create("telegram-corpus").toString()),
                    Map.entry("khabar.data.dir", "target/telegram-data"),
                    Map.entry("khabar.telegram.token", TOKEN),
                    Map.entry("khabar.telegram.mode", "webhook"),
                    Map.entry("khabar.telegram.webhook-secret", SECRET),
                    Map.entry("khabar.telegram.rate-limit.burst", "3"),
                    Map.entry("khabar.telegram.rate-limit.messages-per-minute", "1"),
                    Map.entry("khabar.telegram.delivery.backoff", "PT0.05S"));
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeBotApiResource.class));
        }
    }

    /** Every test writes from its own chat, so the per-chat rate limit of one test does not touch another. */
    private static final AtomicLong CHATS = new AtomicLong(700_000);
    private static final AtomicLong UPDATES = new AtomicLong(1_000);
    private static final Pattern TAG = Pattern.compile("</?(b|i)>");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");

    @Inject
    AnswerService answers;

    FakeBotApi fake;
    long chat;

    @BeforeEach
    void setUp() {
        fake = FakeBotApiResource.fake();
        fake.reset();
        chat = CHATS.incrementAndGet();
    }

    /** A private-chat text message as the Bot API documentation shows one. */
    static String textUpdate(long updateId, long chatId, long messageId, String text) {
        return """
                {"update_id": %d,
                 "message": {"message_id": %d, "date": 1441645532,
                   "from": {"id": %d, "is_bot": false, "first_name": "Test", "last_name": "User",
                            "username": "testuser", "language_code": "en"},
                   "chat": {"id": %d, "first_name": "Test", "last_name": "User", "username": "testuser",
                            "type": "private"},
                   "text": %s}}""".formatted(updateId, messageId, chatId, chatId, json(text));
    }

    static String json(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response post(String secret, String body) {
        var request = given().contentType("application/json").body(body);
        if (secret != null) {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return request.post("/telegram/webhook");
    }

    private void send(String text, long messageId) {
        post(SECRET, textUpdate(UPDATES.incrementAndGet(), chat, messageId, text)).then().statusCode(200);
    }

    /** Well-formed Telegram HTML: the only tags are ours, every other {@code <>&} is an entity. */
    static void assertSafeHtml(String html) {
        String text = TAG.matcher(html).replaceAll("");
        assertFalse(text.contains("<") || text.contains(">"), "stray angle bracket in " + html);
        assertFalse(ENTITY.matcher(text).replaceAll("").contains("&"), "unescaped & in " + html);
        assertTrue(html.length() <= MessageSplitter.TELEGRAM_LIMIT);
    }

    @Test
    void aQuestionGetsTypingThenOneHtmlReplyWithItsSources() {
        String question = "Why is the US worried about Kim Jong Un and Putin coming together?";
        send(question, 41);

        List<FakeBotApi.Call> calls = fake.replies();
        assertEquals(List.of("sendChatAction", "sendMessage"), calls.stream().map(FakeBotApi.Call::method).toList());
        FakeBotApi.Call typing = calls.get(0);
        assertEquals(TOKEN, typing.token());
        assertEquals(chat, typing.body().path("chat_id").asLong());
        assertEquals("typing", typing.text("action"));

        FakeBotApi.Call reply = calls.get(1);
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        assertEquals(chat, reply.body().path("chat_id").asLong());
        assertEquals("HTML", reply.text("parse_mode"));
        assertTrue(reply.body().path("link_preview_options").path("is_disabled").asBoolean(), "link previews off");
        assertEquals(41, reply.body().path("reply_parameters").path("message_id").asLong());

        AnswerService.Result expected = answers.answer(question);
        assertTrue(expected.answer().grounded());
        String html = reply.text("text");
        assertSafeHtml(html);
        assertTrue(html.contains("<b>Sources</b>"), html);
        for (Citation c : expected.answer().citations()) {
            assertTrue(html.contains("[" + c.n() + "]"), "marker [" + c.n() + "] in " + html);
            assertTrue(html.contains("<b>[" + c.n() + "] " + Html.escape(ReplyFormatter.shorten(c.title(), 40)
                    .replace("…", ""))), "source " + c.n() + " listed in " + html);
        }
        assertTrue(html.indexOf("<b>Sources</b>") > html.indexOf("[" + expected.answer().citations().size() + "]"),
                "sources come after the answer");
        assertFalse(html.contains("&amp;amp;"), "escaped once");
    }

    @Test
    void answersAndSnippetsAreHtmlEscaped() {
        send("How much will Zorbex pay for Quillon & Sons?", 7);

        FakeBotApi.Call reply = fake.calls("sendMessage").get(0);
        String html = reply.text("text");
        assertSafeHtml(html);
        assertTrue(html.contains("Quillon &amp; Sons for 40 crore"), html);
        assertTrue(html.contains("&lt;bigger&gt;"), html);
        assertTrue(html.contains("<b>[1] Markets &amp; &lt;Mergers&gt;: Zorbex buys Quillon</b>"), html);
        assertTrue(html.contains("<i>Zorbex Industries said on Monday that it will buy Quillon &amp; Sons"),
                "snippet in italics, escaped once: " + html);
        assertFalse(html.contains("&amp;amp;") || html.contains("&amp;lt;"), "escaped once: " + html);
    }

    @Test
    void anUnansweredQuestionIsSaidSoWithoutSources() {
        send("Who won the 2023 Cricket World Cup?", 8);

        String html = fake.calls("sendMessage").get(0).text("text");
        assertFalse(html.contains("Sources"), html);
        assertEquals(answers.answer("Who won the 2023 Cricket World Cup?").answer().text(), html);
    }

    @Test
    void helpAndStartExplainTheBotWithExamplesInEnglishAndHindi() {
        send("/start", 1);
        send("/help@KhabarBot", 2);

        List<FakeBotApi.Call> replies = fake.calls("sendMessage");
        assertEquals(2, replies.size());
        assertTrue(fake.calls("sendChatAction").isEmpty(), "commands answer at once");
        for (FakeBotApi.Call r : replies) {
            String html = r.text("text");
            assertTrue(html.contains("Why is the US worried"), html);
            assertTrue(html.contains("पुतिन उत्तर कोरिया कब जा रहे हैं?"), html);
            assertTrue(html.contains("/sources"), html);
            assertSafeHtml(html);
        }
    }

    @Test
    void sourcesListsEveryIngestedArticle() {
        send("/sources", 3);

        String html = fake.calls("sendMessage").get(0).text("text");
        assertSafeHtml(html);
        List<Map<String, Object>> docs = given().get("/api/documents").then().statusCode(200).extract().jsonPath()
                .getList("documents");
        assertEquals(6, docs.size());
        for (Map<String, Object> d : docs) {
            String title = Html.escape(ReplyFormatter.shorten((String) d.get("title"), ReplyFormatter.TITLE_CHARS));
            assertTrue(html.contains(title), title + " in " + html);
        }
        assertTrue(html.contains("Markets &amp; &lt;Mergers&gt;"), html);
    }

    @Test
    void unknownCommandsAndOverlongQuestionsGetAShortExplanation() {
        send("/weather", 4);
        send("kim ".repeat(600), 5);

        List<FakeBotApi.Call> replies = fake.calls("sendMessage");
        assertEquals(2, replies.size());
        assertTrue(replies.get(0).text("text").contains("/help"));
        assertTrue(replies.get(1).text("text").contains("longer than 2000 characters"), replies.get(1).text("text"));
        assertTrue(fake.calls("sendChatAction").isEmpty(), "nothing was answered, so nobody was typing");
    }

    @Test
    void missingOrWrongSecretIsRefusedAndNothingIsSent() {
        String update = textUpdate(UPDATES.incrementAndGet(), chat, 9, "/help");
        post(null, update).then().statusCode(401).contentType("application/json")
                .body("status", org.hamcrest.Matchers.is(401));
        post("", update).then().statusCode(401);
        post("s3cret-Value_2", update).then().statusCode(403).contentType("application/json")
                .body("error", org.hamcrest.Matchers.containsString("X-Telegram-Bot-Api-Secret-Token"));
        post(SECRET + "x", update).then().statusCode(403);
        post(SECRET.toUpperCase(), update).then().statusCode(403);
        assertTrue(fake.calls().isEmpty(), "nothing sent: " + fake.calls());

        post(SECRET, update).then().statusCode(200);
        assertEquals(1, fake.calls("sendMessage").size(), "the same update with the right secret is answered");
    }

    @Test
    void updatesWithoutTextAreAcknowledgedWithoutAReply() {
        long u = UPDATES.getAndAdd(20);
        String from = "\"from\": {\"id\": %d, \"is_bot\": false, \"first_name\": \"Test\"}".formatted(chat);
        String chatJson = "\"chat\": {\"id\": %d, \"type\": \"private\"}".formatted(chat);
        List<String> updates = List.of(
                // sticker
                "{\"update_id\": %d, \"message\": {\"message_id\": 1, \"date\": 1, %s, %s, \"sticker\": {\"file_id\": \"x\", \"file_unique_id\": \"y\", \"type\": \"regular\", \"width\": 512, \"height\": 512, \"is_animated\": false, \"is_video\": false, \"emoji\": \"😀\"}}}"
                        .formatted(u + 1, from, chatJson),
                // photo with a caption
                "{\"update_id\": %d, \"message\": {\"message_id\": 2, \"date\": 1, %s, %s, \"photo\": [{\"file_id\": \"p\", \"file_unique_id\": \"q\", \"width\": 90, \"height\": 90}], \"caption\": \"why is the US worried\"}}"
                        .formatted(u + 2, from, chatJson),
                // edited message
                "{\"update_id\": %d, \"edited_message\": {\"message_id\": 3, \"date\": 1, \"edit_date\": 2, %s, %s, \"text\": \"why is the US worried\"}}"
                        .formatted(u + 3, from, chatJson),
                // channel post
                "{\"update_id\": %d, \"channel_post\": {\"message_id\": 4, \"date\": 1, \"chat\": {\"id\": -100123, \"title\": \"News\", \"type\": \"channel\"}, \"text\": \"why is the US worried\"}}"
                        .formatted(u + 4),
                // the bot was blocked
                "{\"update_id\": %d, \"my_chat_member\": {\"chat\": {\"id\": %d, \"type\": \"private\"}, \"date\": 1}}"
                        .formatted(u + 5, chat),
                // not an update at all
                "{\"hello\": \"world\"}",
                "[1, 2, 3]",
                "not json {",
                "",
                // a message of a shape nobody expects
                "{\"update_id\": %d, \"message\": \"surprise\"}".formatted(u + 6));
        for (String update : updates) {
            post(SECRET, update).then().statusCode(200);
        }
        assertTrue(fake.calls().isEmpty(), "no reply: " + fake.calls());

        String callback = "{\"update_id\": %d, \"callback_query\": {\"id\": \"4382bfdwdsb323b2d9\", %s, \"chat_instance\": \"42\", \"data\": \"Data from button callback\"}}"
                .formatted(u + 7, from);
        post(SECRET, callback).then().statusCode(200);
        assertEquals(List.of("answerCallbackQuery"), fake.calls().stream().map(FakeBotApi.Call::method).toList());
        assertEquals("4382bfdwdsb323b2d9", fake.calls().get(0).text("callback_query_id"));
    }

    @Test
    void aRedeliveredUpdateIsAnsweredOnce() {
        String update = textUpdate(UPDATES.incrementAndGet(), chat, 10, "/help");
        post(SECRET, update).then().statusCode(200);
        post(SECRET, update).then().statusCode(200);
        assertEquals(1, fake.calls("sendMessage").size());
    }

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() {
        fake.failNext("sendMessage", 429, 1, 1);
        send("/help", 11);

        List<FakeBotApi.Call> sent = fake.calls("sendMessage");
        assertEquals(2, sent.size(), "refused once, then sent");
        assertEquals(sent.get(0).body(), sent.get(1).body());
    }

    @Test
    void serverErrorsAreRetriedUpToTheLimitThenGivenUp() {
        fake.failNext("sendMessage", 500, null, 10);
        send("/help", 12);
        assertEquals(3, fake.calls("sendMessage").size(), "max-attempts tries");

        fake.reset();
        fake.failNext("sendMessage", 500, null, 1);
        send("/sources", 13);
        assertEquals(2, fake.calls("sendMessage").size(), "one failure, then delivered");
    }

    @Test
    void aRefusalOtherThanTooManyRequestsIsNotRetried() {
        fake.failNext("sendMessage", 403, null, 5);
        send("/help", 14);
        assertEquals(1, fake.calls("sendMessage").size(), "Forbidden (bot blocked) is final");
    }

    @Test
    void aFloodedChatIsToldOnceToSlowDown() {
        for (int i = 0; i < 6; i++) {
            send("/help", 100 + i);
        }
        List<FakeBotApi.Call> replies = fake.calls("sendMessage");
        assertEquals(4, replies.size(), "burst of 3, then one notice, then silence");
        assertTrue(replies.get(3).text("text").contains("faster than I can answer"), replies.get(3).text("text"));
        assertEquals(103, replies.get(3).body().path("reply_parameters").path("message_id").asLong());

        long other = chat + 1_000_000;
        post(SECRET, textUpdate(UPDATES.incrementAndGet(), other, 1, "/help")).then().statusCode(200);
        assertEquals(other, fake.calls("sendMessage").get(4).body().path("chat_id").asLong(),
                "another chat is served");
    }
}
