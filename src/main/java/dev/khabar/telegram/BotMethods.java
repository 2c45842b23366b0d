package dev.khabar.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Bodies of the Bot API methods the bot calls, field names as Telegram spells them. */
final class BotMethods {

    private BotMethods() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SendMessage(long chatId, String text, String parseMode, LinkPreviewOptions linkPreviewOptions,
            ReplyParameters replyParameters) {

        /** HTML text with link previews off, replying to {@code replyTo} when it is not null. */
        static SendMessage html(long chatId, String html, Long replyTo) {
            return new SendMessage(chatId, html, "HTML", new LinkPreviewOptions(true),
                    replyTo == null ? null : new ReplyParameters(replyTo, true));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LinkPreviewOptions(boolean isDisabled) {
    }

    /** {@code allow_sending_without_reply}: the answer still goes out if the question was deleted meanwhile. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReplyParameters(long messageId, boolean allowSendingWithoutReply) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SendChatAction(long chatId, String action) {

        static SendChatAction typing(long chatId) {
            return new SendChatAction(chatId, "typing");
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record GetUpdates(long offset, long timeout) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AnswerCallbackQuery(String callbackQueryId) {
    }
}
