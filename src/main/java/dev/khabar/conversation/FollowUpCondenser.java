package dev.khabar.conversation;

import java.util.List;

/** Turns a follow-up ("what did he say there?") into a question that can be searched on its own. */
@FunctionalInterface
public interface FollowUpCondenser {

    /** The standalone form of {@code question} given the conversation so far (oldest turn first). */
    String condense(List<Turn> history, String question);
}
