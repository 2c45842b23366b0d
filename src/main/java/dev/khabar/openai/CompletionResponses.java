package dev.khabar.openai;

import dev.khabar.answer.Answer;
import dev.khabar.answer.Citation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OpenAI-shaped replies: a completion, stream chunks, the model list. Khabar's own fields start with {@code khabar_}. */
final class CompletionResponses {

    static final String MODEL = "khabar";

    private CompletionResponses() {
    }

    /** The answer as OpenAI clients show it: the text, then its sources, since most clients ignore extra fields. */
    static String content(Answer a) {
        if (a.citations().isEmpty()) {
            return a.text();
        }
        StringBuilder s = new StringBuilder(a.text()).append("\n\nSources:");
        for (Citation c : a.citations()) {
            s.append("\n[").append(c.n()).append("] ").append(c.title()).append(" — \"").append(c.snippet()).append('"');
        }
        return s.toString();
    }

    static Map<String, Object> completion(String id, long created, Answer a, String conversationId) {
        Map<String, Object> m = base(id, "chat.completion", created);
        m.put("choices", List.of(Map.of("index", 0,
                "message", Map.of("role", "assistant", "content", content(a)),
                "finish_reason", "stop")));
        m.put("usage", Map.of("prompt_tokens", 0, "completion_tokens", 0, "total_tokens", 0));
        khabar(m, a, conversationId);
        return m;
    }

    static Map<String, Object> chunk(String id, long created, Map<String, Object> delta, String finishReason) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finishReason);
        Map<String, Object> m = base(id, "chat.completion.chunk", created);
        m.put("choices", List.of(choice));
        return m;
    }

    static Map<String, Object> lastChunk(String id, long created, Answer a, String conversationId) {
        Map<String, Object> m = chunk(id, created, Map.of(), "stop");
        khabar(m, a, conversationId);
        return m;
    }

    static Map<String, Object> models(long created) {
        return Map.of("object", "list", "data", List.of(Map.of("id", MODEL, "object", "model", "created", created,
                "owned_by", "khabar")));
    }

    private static Map<String, Object> base(String id, String object, long created) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("object", object);
        m.put("created", created);
        m.put("model", MODEL);
        return m;
    }

    private static void khabar(Map<String, Object> m, Answer a, String conversationId) {
        m.put("khabar_citations", a.citations());
        m.put("khabar_grounded", a.grounded());
        m.put("khabar_answerer", a.answerer());
        m.put("khabar_warnings", a.warnings());
        if (conversationId != null) {
            m.put("khabar_conversation_id", conversationId);
        }
    }
}
