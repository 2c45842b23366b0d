package dev.khabar.chat;

import dev.khabar.answer.Citation;
import java.util.List;

/**
 * What {@code POST /api/chat/stream} sends, in order: one {@code sources} event, {@code token} events whose texts
 * concatenate to the answer, then one {@code done} event carrying the final, validated reply.
 */
public sealed interface StreamEvent {

    String name();

    /** The event's JSON data. */
    Object data();

    /** The passages the answer will be drawn from, numbered as in the final answer where known. */
    record Sources(List<Citation> sources) implements StreamEvent {
        public String name() {
            return "sources";
        }

        public Object data() {
            return java.util.Map.of("sources", sources);
        }
    }

    record Token(String text) implements StreamEvent {
        public String name() {
            return "token";
        }

        public Object data() {
            return java.util.Map.of("text", text);
        }
    }

    record Done(ChatResponse response) implements StreamEvent {
        public String name() {
            return "done";
        }

        public Object data() {
            return response;
        }
    }
}
