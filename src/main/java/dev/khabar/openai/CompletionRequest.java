package dev.khabar.openai;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The parts of an OpenAI chat completion request Khabar uses; everything else (temperature, tools…) is ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompletionRequest(String model, List<Message> messages, Boolean stream) {

    /** A message; {@code content} is a string or a list of parts such as {@code {"type":"text","text":"…"}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String role, JsonNode content) {

        public String text() {
            if (content == null || content.isNull()) {
                return "";
            }
            if (content.isTextual()) {
                return content.asText();
            }
            StringBuilder s = new StringBuilder();
            for (JsonNode part : content) {
                if ("text".equals(part.path("type").asText()) || part.has("text")) {
                    s.append(part.path("text").asText());
                }
            }
            return s.toString();
        }
    }

    public boolean streaming() {
        return Boolean.TRUE.equals(stream);
    }
}
