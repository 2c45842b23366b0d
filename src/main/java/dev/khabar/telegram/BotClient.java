package dev.khabar.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Calls the Bot API and keeps trying when trying again can help: a 429 is retried after Telegram's
 * {@code retry_after}, a 5xx or a network failure after a doubling back-off, up to {@code delivery.max-attempts}
 * tries. Other refusals (a 400 for a malformed message, a 403 from a user who blocked the bot) fail at once. The
 * token is part of every URL, so it is blanked out of anything this class reports.
 */
@ApplicationScoped
public class BotClient {

    private static final Logger LOG = Logger.getLogger(BotClient.class);

    private final TelegramConfig config;
    private final ObjectMapper mapper;
    /** Telegram answers a method call within seconds; this only bounds a hung connection. */
    private static final Duration SEND_READ_TIMEOUT = Duration.ofSeconds(30);

    private BotApi api;
    private BotApi pollApi;

    public BotClient(TelegramConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    /** Calls {@code method}, retrying as described above; returns its {@code result}. */
    public JsonNode call(String method, Object body) throws BotApiException {
        int maxAttempts = Math.max(1, config.delivery().maxAttempts());
        for (int attempt = 1; ; attempt++) {
            BotReply reply = once(method, body);
            if (reply.ok()) {
                return reply.result();
            }
            int status = reply.errorCode() == null ? 0 : reply.errorCode();
            Duration wait;
            if (status == 429) {
                Integer after = reply.parameters() == null ? null : reply.parameters().retryAfter();
                wait = Duration.ofSeconds(after == null ? 1 : Math.max(0, after));
                if (wait.compareTo(config.delivery().maxRetryWait()) > 0) {
                    throw new BotApiException(method, status, "Telegram asks to wait " + wait.toSeconds()
                            + " s, longer than khabar.telegram.delivery.max-retry-wait; giving up");
                }
            } else if (status == 0 || status >= 500) {
                wait = config.delivery().backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
            } else {
                throw new BotApiException(method, status, redact(reply.description()));
            }
            if (attempt >= maxAttempts) {
                throw new BotApiException(method, status, redact(reply.description()) + " (after " + attempt
                        + " tries)");
            }
            LOG.warnf("Bot API %s failed (%d: %s); try %d of %d in %d ms", method, status,
                    redact(reply.description()), attempt + 1, maxAttempts, wait.toMillis());
            sleep(method, wait);
        }
    }

    /**
     * One {@code getUpdates} long poll, on a client of its own: its read timeout must outlast the poll, and
     * {@link #abortPoll} can cut it short without touching replies being sent.
     */
    public JsonNode poll(BotMethods.GetUpdates request) throws BotApiException {
        BotReply reply = once(pollApi(), "getUpdates", request);
        if (!reply.ok()) {
            throw new BotApiException("getUpdates", reply.errorCode() == null ? 0 : reply.errorCode(),
                    redact(reply.description()));
        }
        return reply.result();
    }

    /** Ends a long poll in flight, so that shutting down does not wait for it (or leave it running). */
    public void abortPoll() {
        BotApi a;
        synchronized (this) {
            a = pollApi;
            pollApi = null;
        }
        if (a != null) {
            a.close();
        }
    }

    /** One try. A failure to reach Telegram comes back as a reply with error code 0. */
    BotReply once(String method, Object body) {
        return once(api(), method, body);
    }

    private BotReply once(BotApi api, String method, Object body) {
        try (Response response = api.call(method, body)) {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            try {
                BotReply reply = mapper.readValue(text, BotReply.class);
                if (!reply.ok() && reply.errorCode() == null) {
                    return new BotReply(false, null, response.getStatus(), reply.description(), reply.parameters());
                }
                return reply;
            } catch (java.io.IOException e) {
                return new BotReply(false, null, response.getStatus(),
                        "HTTP " + response.getStatus() + " without a Bot API body", null);
            }
        } catch (RuntimeException e) {
            return new BotReply(false, null, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    private void sleep(String method, Duration wait) throws BotApiException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotApiException(method, 0, "interrupted while waiting to retry");
        }
    }

    private synchronized BotApi api() {
        if (api == null) {
            api = build(SEND_READ_TIMEOUT);
        }
        return api;
    }

    private synchronized BotApi pollApi() {
        if (pollApi == null) {
            // A long poll holds the request open for the polling timeout; the read timeout must outlast it.
            pollApi = build(config.polling().timeout().plus(SEND_READ_TIMEOUT));
        }
        return pollApi;
    }

    private BotApi build(Duration readTimeout) {
        String base = config.apiBaseUrl().replaceAll("/+$", "");
        String token = config.token().filter(t -> !t.isBlank())
                .orElseThrow(() -> new IllegalStateException("khabar.telegram.token is not set"));
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(base + "/bot" + token + "/"))
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(BotApi.class);
    }

    /** The text with the bot token blanked out. */
    String redact(String text) {
        if (text == null) {
            return "";
        }
        return config.token().filter(t -> !t.isBlank()).map(t -> text.replace(t, "<token>")).orElse(text);
    }
}
