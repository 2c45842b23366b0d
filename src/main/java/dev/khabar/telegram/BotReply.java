package dev.khabar.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The Bot API's response envelope: {@code result} when {@code ok}, else an error code and description. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BotReply(boolean ok, JsonNode result, Integer errorCode, String description, Parameters parameters) {

    /** Why a request failed and what may help: {@code retry_after} seconds on a 429. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Parameters(Integer retryAfter, Long migrateToChatId) {
    }
}
