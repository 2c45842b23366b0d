package dev.khabar.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A Bot API {@code Chat}: {@code type} is private, group, supergroup or channel. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Chat(long id, String type) {
}
