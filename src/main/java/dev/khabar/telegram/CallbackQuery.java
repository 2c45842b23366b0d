package dev.khabar.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Bot API {@code CallbackQuery}: a button press, which Telegram expects to be answered. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackQuery(String id, User from) {
}
