package dev.khabar.chat;

import dev.khabar.api.BadRequest;
import dev.khabar.config.KhabarConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** The rules a question must meet at every door. */
@ApplicationScoped
public class QuestionValidator {

    private final int maxChars;

    public QuestionValidator(KhabarConfig config) {
        this.maxChars = config.answer().maxQuestionChars();
    }

    public String validQuestion(String question) {
        if (question == null || question.isBlank()) {
            throw new BadRequest("question must not be empty");
        }
        if (question.length() > maxChars) {
            throw new BadRequest("question is longer than " + maxChars + " characters");
        }
        if (question.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new BadRequest("question contains control characters");
        }
        return question.strip();
    }
}
