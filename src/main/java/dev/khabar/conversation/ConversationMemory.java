package dev.khabar.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recent turns per conversation id, bounded in turns, conversations and idle time, so memory cannot grow without
 * limit however many clients invent ids.
 */
@ApplicationScoped
public class ConversationMemory {

    private record Conversation(Deque<Turn> turns, Instant lastUsed) {
    }

    private final int maxTurns;
    private final Duration ttl;
    private final int maxConversations;
    private final Clock clock;
    private final LinkedHashMap<String, Conversation> conversations;

    @Inject
    public ConversationMemory(ConversationConfig config) {
        this(config.maxTurns(), config.ttl(), config.maxConversations(), Clock.systemUTC());
    }

    public ConversationMemory(int maxTurns, Duration ttl, int maxConversations, Clock clock) {
        this.maxTurns = maxTurns;
        this.ttl = ttl;
        this.maxConversations = maxConversations;
        this.clock = clock;
        // access order: the eldest entry is the least recently used conversation
        this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
                return size() > ConversationMemory.this.maxConversations;
            }
        };
    }

    /** The conversation's turns, oldest first; empty for an unknown or expired conversation. */
    public synchronized List<Turn> history(String conversationId) {
        if (conversationId == null) {
            return List.of();
        }
        Conversation c = conversations.get(conversationId);
        if (c == null) {
            return List.of();
        }
        if (expired(c)) {
            conversations.remove(conversationId);
            return List.of();
        }
        return List.copyOf(c.turns());
    }

    public synchronized void remember(String conversationId, Turn turn) {
        if (conversationId == null) {
            return;
        }
        Conversation c = conversations.get(conversationId);
        Deque<Turn> turns = c == null || expired(c) ? new ArrayDeque<>() : c.turns();
        turns.addLast(turn);
        while (turns.size() > maxTurns) {
            turns.removeFirst();
        }
        conversations.put(conversationId, new Conversation(turns, clock.instant()));
    }

    public synchronized int size() {
        conversations.values().removeIf(this::expired);
        return conversations.size();
    }

    private boolean expired(Conversation c) {
        return c.lastUsed().plus(ttl).isBefore(clock.instant());
    }
}
