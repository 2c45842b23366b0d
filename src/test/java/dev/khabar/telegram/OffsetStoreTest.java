package dev.khabar.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedOffsetIsWhatTheNextStoreLoads() throws IOException {
        Path file = dir.resolve("sub/offset");
        assertEquals(0, new OffsetStore(file).load(), "nothing stored: Telegram's own offset");
        new OffsetStore(file).save(41);
        new OffsetStore(file).save(857_112_345_678L);
        assertEquals(857_112_345_678L, new OffsetStore(file).load());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void anUnreadableFileMeansStartingFromTelegramsOffset() throws IOException {
        Path file = dir.resolve("offset");
        Files.writeString(file, "not a number");
        assertEquals(0, new OffsetStore(file).load());
    }
}
