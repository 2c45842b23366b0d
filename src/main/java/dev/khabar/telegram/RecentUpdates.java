package dev.khabar.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the last updates handled. Telegram redelivers a webhook update whose response it did not get in
 * time, and a poller restarted after a crash may see its last update again; neither should be answered twice.
 */
@ApplicationScoped
public class RecentUpdates {

    private static final int CAPACITY = 10_000;

    private final Map<Long, Boolean> seen = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    /** True the first time {@code updateId} is offered, false on every repeat. */
    public synchronized boolean firstTime(long updateId) {
        return seen.put(updateId, Boolean.TRUE) == null;
    }
}
