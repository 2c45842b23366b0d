package dev.khabar.eval;

import dev.khabar.answer.Citation;
import java.util.List;
import java.util.Optional;

/** What the harness questions: the pipeline in this process, or a running service over HTTP. */
public interface Target {

    /** A reply as a client sees it. */
    record Reply(String answer, boolean grounded, List<Citation> citations) {
    }

    /** A retrieved chunk as a client sees it. */
    record Hit(String documentId, String text) {
    }

    Reply ask(String question, String conversationId);

    List<Hit> search(String question, int k);

    /** The article's original text, to check citation offsets against. */
    Optional<String> documentText(String documentId);
}
