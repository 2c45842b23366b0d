package dev.khabar.chat;

/** Body of {@code POST /api/chat}. */
public record ChatRequest(String question, String conversationId) {
}
