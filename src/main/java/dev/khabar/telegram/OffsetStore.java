package dev.khabar.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.logging.Logger;

/**
 * The poller's next {@code getUpdates} offset, kept in a file. It is replaced atomically (written beside it, then
 * moved over it), so a crash mid-write leaves the old offset rather than a torn file.
 */
final class OffsetStore {

    private static final Logger LOG = Logger.getLogger(OffsetStore.class);

    private final Path file;

    OffsetStore(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The stored offset; 0 (Telegram's "from the oldest unconfirmed update") when there is none. */
    long load() {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException | NumberFormatException e) {
            LOG.warnf("Cannot read the Telegram offset from %s (%s); starting from Telegram's own", file, e);
            return 0;
        }
    }

    void save(long offset) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, Long.toString(offset), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
