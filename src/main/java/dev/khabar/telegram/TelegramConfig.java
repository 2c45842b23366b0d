package dev.khabar.telegram;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The Telegram bot adapter, under {@code khabar.telegram.}. Without a token the adapter is off. */
@ConfigMapping(prefix = "khabar.telegram")
public interface TelegramConfig {

    /** How updates reach Khabar. */
    enum Mode {
        /** The adapter does nothing; {@code /telegram/webhook} answers 404. */
        OFF,
        /** Telegram POSTs updates to {@code /telegram/webhook} (set up with {@code setWebhook}). */
        WEBHOOK,
        /** Khabar long-polls {@code getUpdates}; no public URL needed. */
        POLLING
    }

    /** The bot token from BotFather. Unset or blank: the adapter is off whatever the mode. */
    Optional<String> token();

    /** Base URL of the Bot API; requests go to {@code <base>/bot<token>/<method>}. */
    @WithDefault("https://api.telegram.org")
    String apiBaseUrl();

    /** {@code off}, {@code webhook} or {@code polling}. */
    @WithDefault("off")
    Mode mode();

    /**
     * The {@code secret_token} given to {@code setWebhook}; Telegram sends it back in
     * {@code X-Telegram-Bot-Api-Secret-Token}. Unset in webhook mode: every webhook call is refused, because anyone
     * who found the URL could otherwise make the bot write to any chat.
     */
    Optional<String> webhookSecret();

    Polling polling();

    RateLimit rateLimit();

    Delivery delivery();

    /** A token is set and the mode is not {@code off}. */
    default boolean enabled() {
        return token().filter(t -> !t.isBlank()).isPresent() && mode() != Mode.OFF;
    }

    interface Polling {
        /** How long one {@code getUpdates} call waits for updates (Telegram's long-poll {@code timeout}). */
        @WithDefault("30S")
        Duration timeout();

        /** Pause after a failed {@code getUpdates}, so an outage or a wrong token does not spin the poller. */
        @WithDefault("5S")
        Duration errorBackoff();

        /**
         * Where the next update offset is kept across restarts. Default: {@code telegram-offset} under
         * {@code khabar.data.dir}.
         */
        Optional<Path> offsetFile();
    }

    interface RateLimit {
        /** Messages a chat may send at once before the sustained rate applies. */
        @WithDefault("5")
        int burst();

        /** Sustained messages per minute per chat; beyond it the chat is told once to slow down. */
        @WithDefault("10")
        int messagesPerMinute();
    }

    interface Delivery {
        /** Tries per Bot API call (the first included) on 429, 5xx or a network failure. */
        @WithDefault("3")
        int maxAttempts();

        /** Longest {@code retry_after} Khabar waits out on a 429; a longer one is logged and the call given up. */
        @WithDefault("30S")
        Duration maxRetryWait();

        /** Wait before the second try after a 5xx or network failure; doubles with each further try. */
        @WithDefault("1S")
        Duration backoff();
    }
}
