package dev.khabar.chat;

import dev.khabar.answer.AnswerService;
import dev.khabar.answer.Citation;
import java.util.List;

/** Body of a {@code POST /api/chat} reply. */
public record ChatResponse(String answer, boolean grounded, List<Citation> citations, String conversationId,
        String language, String answerer, List<String> warnings, long tookMs, String standaloneQuestion) {

    public static ChatResponse of(AnswerService.Result r, String conversationId) {
        var a = r.answer();
        return new ChatResponse(a.text(), a.grounded(), a.citations(), conversationId, r.query().language().code(),
                a.answerer(), a.warnings(), r.tookMillis(), r.standalone());
    }
}
