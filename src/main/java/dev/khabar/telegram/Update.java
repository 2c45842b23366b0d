package dev.khabar.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A Bot API {@code Update}: exactly one of its optional fields is set. Only what the bot acts on is modelled; the
 * rest (polls, reactions, member changes…) is ignored but still acknowledged.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Update(long updateId, Message message, Message editedMessage, Message channelPost,
        Message editedChannelPost, CallbackQuery callbackQuery) {
}
