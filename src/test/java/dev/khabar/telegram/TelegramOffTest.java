package dev.khabar.telegram;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without a token (the default) the service runs as usual and the adapter does nothing. */
@QuarkusTest
class TelegramOffTest {

    @Inject
    TelegramPoller poller;

    @Test
    void webhookIsNotFoundAndNothingPolls() {
        given().header("X-Telegram-Bot-Api-Secret-Token", "anything").contentType("application/json")
                .body(TelegramWebhookTest.textUpdate(1, 1, 1, "/help"))
                .post("/telegram/webhook")
                .then().statusCode(404).contentType("application/json")
                .body("status", is(404)).body("error", containsString("not enabled"));
        assertFalse(poller.running());
        given().get("/q/health/ready").then().statusCode(200);
    }
}
