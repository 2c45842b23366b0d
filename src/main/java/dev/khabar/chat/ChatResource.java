package dev.khabar.chat;

import dev.khabar.answer.AnswerService;
import dev.khabar.api.BadRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/chat")
public class ChatResource {

    private final AnswerService answers;
    private final QuestionValidator validator;

    public ChatResource(AnswerService answers, QuestionValidator validator) {
        this.answers = answers;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question from the articles, with cited sources")
    public ChatResponse chat(ChatRequest request) {
        if (request == null) {
            throw new BadRequest("request body must be a JSON object with a \"question\"");
        }
        String question = validator.validQuestion(request.question());
        String conversationId = request.conversationId() == null || request.conversationId().isBlank()
                ? UUID.randomUUID().toString()
                : request.conversationId();
        return ChatResponse.of(answers.answer(question, conversationId), conversationId);
    }
}
