package dev.khabar.openai;

import dev.khabar.answer.AnswerService;
import dev.khabar.api.BadRequest;
import dev.khabar.chat.QuestionValidator;
import dev.khabar.conversation.Turn;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Khabar as an OpenAI-compatible model, for existing clients and chat UIs. The last user message is the question and
 * the earlier user messages are the conversation, so the facade keeps no state of its own.
 */
@Path("/v1")
public class OpenAiResource {

    /** A piece of answer text up to and including its citation marker, as the chat stream sends it. */
    private static final Pattern PIECE = Pattern.compile(".*?(\\[\\d+]|$)", Pattern.DOTALL);

    private final AnswerService answers;
    private final QuestionValidator validator;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public OpenAiResource(AnswerService answers, QuestionValidator validator,
            com.fasterxml.jackson.databind.ObjectMapper json) {
        this.answers = answers;
        this.validator = validator;
        this.json = json;
    }

    @GET
    @Path("/models")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenAI-compatible model list: the one model, khabar")
    public Map<String, Object> models() {
        return CompletionResponses.models(STARTED);
    }

    @POST
    @Path("/chat/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.SERVER_SENT_EVENTS})
    @Operation(summary = "OpenAI-compatible chat completion (stream: true for Server-Sent Events)")
    public Response complete(CompletionRequest request) {
        if (request == null || request.messages() == null || request.messages().isEmpty()) {
            throw new BadRequest("request must have a non-empty \"messages\" list");
        }
        List<String> userMessages = request.messages().stream()
                .filter(m -> m != null && "user".equals(m.role())).map(CompletionRequest.Message::text).toList();
        if (userMessages.isEmpty()) {
            throw new BadRequest("messages must include a \"user\" message: its text is the question");
        }
        String question = validator.validQuestion(userMessages.get(userMessages.size() - 1));
        List<Turn> history = new ArrayList<>();
        userMessages.subList(0, userMessages.size() - 1).stream().filter(m -> !m.isBlank())
                .forEach(m -> history.add(answers.turn(m)));
        AnswerService.Result r = answers.answer(question, history);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        if (!request.streaming()) {
            return Response.ok(CompletionResponses.completion(id, created, r.answer(), null),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(stream(id, created, r), MediaType.SERVER_SENT_EVENTS_TYPE).build();
    }

    /** The OpenAI stream format: {@code data: {chunk}} lines, the role first, then the text, then {@code [DONE]}. */
    private String stream(String id, long created, AnswerService.Result r) {
        List<Map<String, Object>> chunks = new ArrayList<>();
        chunks.add(CompletionResponses.chunk(id, created, Map.of("role", "assistant", "content", ""), null));
        Matcher m = PIECE.matcher(CompletionResponses.content(r.answer()));
        while (m.find() && m.end() > m.start()) {
            chunks.add(CompletionResponses.chunk(id, created, Map.of("content", m.group()), null));
        }
        chunks.add(CompletionResponses.lastChunk(id, created, r.answer(), null));
        // The answer is complete before the first byte goes out, so one body carries every event.
        StringBuilder body = new StringBuilder();
        chunks.forEach(c -> body.append(sse(c)));
        return body.append("data: [DONE]\n\n").toString();
    }

    private String sse(Object chunk) {
        try {
            return "data: " + json.writeValueAsString(chunk) + "\n\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final long STARTED = System.currentTimeMillis() / 1000;
}
