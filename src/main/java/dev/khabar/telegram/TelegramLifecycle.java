package dev.khabar.telegram;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start-up what the Telegram adapter will do, and runs the poller while the service runs in polling mode. */
@ApplicationScoped
public class TelegramLifecycle {

    private static final Logger LOG = Logger.getLogger(TelegramLifecycle.class);

    private final TelegramConfig config;
    private final TelegramPoller poller;

    public TelegramLifecycle(TelegramConfig config, TelegramPoller poller) {
        this.config = config;
        this.poller = poller;
    }

    void onStart(@Observes StartupEvent event) {
        boolean hasToken = config.token().filter(t -> !t.isBlank()).isPresent();
        if (!hasToken) {
            if (config.mode() != TelegramConfig.Mode.OFF) {
                LOG.warnf("khabar.telegram.mode is %s but khabar.telegram.token is not set: the Telegram bot is off",
                        config.mode());
            }
            return;
        }
        switch (config.mode()) {
            case OFF -> LOG.info("A Telegram token is set but khabar.telegram.mode is off: the bot is off");
            case WEBHOOK -> {
                if (config.webhookSecret().filter(s -> !s.isEmpty()).isEmpty()) {
                    LOG.warn("Telegram webhook mode without khabar.telegram.webhook-secret: every update is refused");
                } else {
                    LOG.info("Telegram bot answers updates posted to /telegram/webhook");
                }
            }
            case POLLING -> poller.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        poller.stop();
    }
}
