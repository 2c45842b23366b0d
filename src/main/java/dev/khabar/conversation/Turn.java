package dev.khabar.conversation;

import java.util.List;

/** One question of a conversation, as asked and as it was searched for, with the names it was about. */
public record Turn(String question, String standalone, List<String> names) {

    public Turn {
        names = List.copyOf(names);
    }
}
