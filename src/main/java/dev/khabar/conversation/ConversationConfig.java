package dev.khabar.conversation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much of each conversation Khabar remembers, and for how long. */
@ConfigMapping(prefix = "khabar.conversation")
public interface ConversationConfig {

    /** Earlier questions kept per conversation; older ones are forgotten first. */
    @WithDefault("6")
    int maxTurns();

    /** A conversation idle this long is forgotten. */
    @WithDefault("30M")
    Duration ttl();

    /** Conversations kept at once; the least recently used is forgotten first. */
    @WithDefault("10000")
    int maxConversations();
}
