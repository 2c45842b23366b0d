package dev.khabar.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.config.KhabarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Long-polls {@code getUpdates} on a thread of its own and hands each update to the bot. The offset moves past an
 * update only once it has been handled, and is saved after each one, so a restart neither answers an update again
 * nor skips one. An update that fails is logged and passed over, so one bad update cannot block the rest.
 */
@ApplicationScoped
public class TelegramPoller {

    private static final Logger LOG = Logger.getLogger(TelegramPoller.class);

    private final TelegramConfig config;
    private final BotClient client;
    private final UpdateReader reader;
    private final TelegramBot bot;
    private final OffsetStore offsets;

    private Thread thread;
    private volatile boolean running;
    /** What the poller is waiting for; stopping cuts in only then, never halfway through an answer. */
    private enum Waiting { NOTHING, POLL, PAUSE }

    private volatile Waiting waiting = Waiting.NOTHING;
    private final Object waitLock = new Object();

    public TelegramPoller(TelegramConfig config, KhabarConfig khabar, BotClient client, UpdateReader reader,
            TelegramBot bot) {
        this.config = config;
        this.client = client;
        this.reader = reader;
        this.bot = bot;
        this.offsets = new OffsetStore(config.polling().offsetFile()
                .orElse(khabar.data().dir().resolve("telegram-offset")));
    }

    public Path offsetFile() {
        return offsets.file();
    }

    public synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    public synchronized void start() {
        if (running()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "telegram-poller");
        // Daemon: a long poll that ignores the interrupt must not keep the JVM alive after shutdown.
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the update in hand, if any, is answered. */
    public synchronized void stop() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        running = false;
        synchronized (waitLock) {
            switch (waiting) {
                case POLL -> client.abortPoll();
                case PAUSE -> t.interrupt();
                case NOTHING -> {
                }
            }
        }
        try {
            t.join(config.polling().timeout().plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("The Telegram poller did not stop in time; leaving it to end with the JVM");
        }
        thread = null;
    }

    private void run() {
        long offset = offsets.load();
        LOG.infof("Telegram bot polling for updates from offset %d (kept in %s)", offset, offsets.file());
        while (running) {
            JsonNode updates;
            try {
                waiting = Waiting.POLL;
                updates = client.poll(new BotMethods.GetUpdates(offset, config.polling().timeout().toSeconds()));
            } catch (BotApiException e) {
                if (!running) {
                    break;
                }
                LOG.warnf("Polling Telegram failed: %s; trying again in %d ms", e.getMessage(),
                        config.polling().errorBackoff().toMillis());
                pause(config.polling().errorBackoff());
                continue;
            } finally {
                stopWaiting();
            }
            if (updates == null || !updates.isArray()) {
                continue;
            }
            for (JsonNode node : updates) {
                long id = node.path("update_id").asLong(-1);
                if (id < offset) {
                    continue;
                }
                reader.read(node).ifPresent(bot::handle);
                offset = id + 1;
                save(offset);
            }
        }
        LOG.info("Telegram poller stopped");
    }

    private void save(long offset) {
        try {
            offsets.save(offset);
        } catch (IOException e) {
            // Telegram itself forgets updates older than the offset of the next call, so nothing is lost while the
            // service keeps running; only a restart before the file can be written again may repeat answers.
            LOG.errorf("Cannot save the Telegram offset to %s: %s", offsets.file(), e);
        }
    }

    private void pause(Duration d) {
        try {
            waiting = Waiting.PAUSE;
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            // stop() interrupted the pause; the loop sees running == false.
        } finally {
            stopWaiting();
        }
    }

    /** Clears an interrupt meant for the wait, so it cannot reach the answer that comes next. */
    private void stopWaiting() {
        synchronized (waitLock) {
            waiting = Waiting.NOTHING;
            Thread.interrupted();
        }
    }
}
