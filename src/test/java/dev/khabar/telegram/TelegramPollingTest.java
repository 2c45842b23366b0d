package dev.khabar.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Polling mode: updates come from {@code getUpdates}, and the offset survives a restart of the poller. */
@QuarkusTest
@TestProfile(TelegramPollingTest.Polling.class)
class TelegramPollingTest {

    static final Path OFFSET_FILE = Path.of("target/telegram-polling/offset");

    public static class Polling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(OFFSET_FILE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of("khabar.telegram.token", "987654:POLL-token",
                    "khabar.telegram.mode", "polling",
                    "khabar.telegram.polling.timeout", "1S",
                    "khabar.telegram.polling.error-backoff", "PT0.1S",
                    "khabar.telegram.polling.offset-file", OFFSET_FILE.toString(),
                    "khabar.telegram.delivery.backoff", "PT0.05S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeBotApiResource.class));
        }
    }

    @Inject
    TelegramPoller poller;

    @Test
    void updatesAreAnsweredOnceAndTheOffsetSurvivesARestart() throws IOException {
        FakeBotApi fake = FakeBotApiResource.fake();
        assertTrue(poller.running(), "started with the service");
        fake.awaitCall("the first poll", c -> c.method().equals("getUpdates"));
        assertEquals(0, fake.calls("getUpdates").get(0).body().path("offset").asLong(), "nothing stored yet");
        assertEquals(1, fake.calls("getUpdates").get(0).body().path("timeout").asLong(), "long poll timeout");

        fake.failNext("getUpdates", 500, null, 1);
        fake.addUpdate(TelegramWebhookTest.textUpdate(501, 42, 7, "why is the US worried"));
        fake.addUpdate("""
                {"update_id": 502, "message": {"message_id": 8, "date": 1, "chat": {"id": 42, "type": "private"},
                  "sticker": {"file_id": "s", "file_unique_id": "t", "type": "regular", "width": 1, "height": 1,
                  "is_animated": false, "is_video": false}}}""");
        fake.addUpdate(TelegramWebhookTest.textUpdate(503, 42, 9, "/help"));
        fake.awaitCall("the poll that confirms update 503", c -> c.method().equals("getUpdates")
                && c.body().path("offset").asLong() == 504);

        List<FakeBotApi.Call> sent = fake.calls("sendMessage");
        assertEquals(2, sent.size(), "the question and /help; the sticker gets no reply");
        assertEquals(7, sent.get(0).body().path("reply_parameters").path("message_id").asLong());
        assertTrue(sent.get(0).text("text").contains("<b>Sources</b>"));
        assertEquals(9, sent.get(1).body().path("reply_parameters").path("message_id").asLong());
        assertEquals(List.of("sendChatAction", "sendMessage", "sendMessage"),
                fake.replies().stream().map(FakeBotApi.Call::method).toList());
        assertEquals("504", Files.readString(OFFSET_FILE, StandardCharsets.UTF_8));
        try (var files = Files.list(OFFSET_FILE.getParent())) {
            assertEquals(List.of(OFFSET_FILE.getFileName()), files.map(Path::getFileName).toList(),
                    "no temporary files left");
        }

        poller.stop();
        assertFalse(poller.running());
        fake.reset();
        // Telegram would hand out 501–503 again to a poller that forgot the offset.
        fake.addUpdate(TelegramWebhookTest.textUpdate(501, 42, 7, "why is the US worried"));
        fake.addUpdate(TelegramWebhookTest.textUpdate(504, 42, 10, "/sources"));
        poller.start();
        fake.awaitCall("the poll that confirms update 504", c -> c.method().equals("getUpdates")
                && c.body().path("offset").asLong() == 505);

        assertEquals(504, fake.calls("getUpdates").get(0).body().path("offset").asLong(),
                "the restarted poller goes on from the stored offset");
        List<FakeBotApi.Call> after = fake.calls("sendMessage");
        assertEquals(1, after.size(), "only the new update is answered: " + after);
        assertEquals(10, after.get(0).body().path("reply_parameters").path("message_id").asLong());
        assertEquals("505", Files.readString(OFFSET_FILE, StandardCharsets.UTF_8));
    }
}
