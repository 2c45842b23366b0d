package dev.khabar.telegram;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts a {@link FakeBotApi} before the application and points {@code khabar.telegram.api-base-url} at it. */
public class FakeBotApiResource implements QuarkusTestResourceLifecycleManager {

    private static volatile FakeBotApi current;

    /** The fake of the running test profile. */
    public static FakeBotApi fake() {
        return current;
    }

    @Override
    public Map<String, String> start() {
        try {
            current = new FakeBotApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("khabar.telegram.api-base-url", current.baseUrl());
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
        }
    }
}
