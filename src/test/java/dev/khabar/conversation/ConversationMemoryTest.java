package dev.khabar.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationMemoryTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Turn turn(String q) {
        return new Turn(q, q, List.of());
    }

    @Test
    void keepsTheLatestTurnsOfEachConversation() {
        var memory = new ConversationMemory(2, Duration.ofMinutes(30), 100, new ManualClock());
        memory.remember("a", turn("one"));
        memory.remember("a", turn("two"));
        memory.remember("a", turn("three"));
        memory.remember("b", turn("other"));
        assertEquals(List.of("two", "three"), memory.history("a").stream().map(Turn::question).toList());
        assertEquals(List.of("other"), memory.history("b").stream().map(Turn::question).toList());
        assertTrue(memory.history("unknown").isEmpty());
        assertTrue(memory.history(null).isEmpty());
    }

    @Test
    void forgetsAnIdleConversation() {
        ManualClock clock = new ManualClock();
        var memory = new ConversationMemory(6, Duration.ofMinutes(30), 100, clock);
        memory.remember("a", turn("one"));
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertEquals(1, memory.history("a").size(), "still fresh");
        memory.remember("a", turn("two"));
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertTrue(memory.history("a").isEmpty(), "expired");
        assertEquals(0, memory.size());
        memory.remember("a", turn("three"));
        assertEquals(List.of("three"), memory.history("a").stream().map(Turn::question).toList(), "starts afresh");
    }

    @Test
    void holdsABoundedNumberOfConversationsDroppingTheLeastRecentlyUsed() {
        var memory = new ConversationMemory(6, Duration.ofMinutes(30), 2, new ManualClock());
        memory.remember("a", turn("1"));
        memory.remember("b", turn("2"));
        memory.history("a");
        memory.remember("c", turn("3"));
        assertEquals(2, memory.size());
        assertTrue(memory.history("b").isEmpty(), "b was least recently used");
        assertEquals(1, memory.history("a").size());
    }
}
