package dev.khabar.chat;

import dev.khabar.answer.AnswerService;
import dev.khabar.answer.Citation;
import dev.khabar.api.BadRequest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/chat/stream")
public class ChatStreamResource {

    /** A piece of answer text up to and including its citation marker. */
    private static final Pattern PIECE = Pattern.compile(".*?(\\[\\d+]|$)", Pattern.DOTALL);

    private final AnswerService answers;
    private final QuestionValidator validator;

    public ChatStreamResource(AnswerService answers, QuestionValidator validator) {
        this.answers = answers;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Answer as Server-Sent Events: sources, then tokens, then done with the final reply")
    public Multi<OutboundSseEvent> stream(ChatRequest request, @Context Sse sse) {
        if (request == null) {
            throw new BadRequest("request body must be a JSON object with a \"question\"");
        }
        String question = validator.validQuestion(request.question());
        String conversationId = request.conversationId() == null || request.conversationId().isBlank()
                ? UUID.randomUUID().toString()
                : request.conversationId();
        // Answering may block (a chat model call), so it runs on a worker thread, never on the event loop.
        return Multi.createFrom().<StreamEvent>emitter(emitter -> {
            try {
                List<StreamEvent> written = new ArrayList<>();
                AnswerService.Result r = answers.answer(question, conversationId, new AnswerService.Listener() {
                    @Override
                    public void sources(List<Citation> sources) {
                        emit(new StreamEvent.Sources(sources));
                    }

                    @Override
                    public void token(String text) {
                        emit(new StreamEvent.Token(text));
                    }

                    private void emit(StreamEvent e) {
                        written.add(e);
                        emitter.emit(e);
                    }
                });
                List<StreamEvent> rest = events(r, conversationId);
                // a model's answer was streamed as written; a composed one is streamed now, sentence by sentence
                (written.isEmpty() ? rest : rest.subList(rest.size() - 1, rest.size())).forEach(emitter::emit);
                emitter.complete();
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(e -> sse.newEventBuilder().name(e.name()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(e.data()).build());
    }

    static List<StreamEvent> events(AnswerService.Result r, String conversationId) {
        List<StreamEvent> events = new ArrayList<>();
        events.add(new StreamEvent.Sources(r.answer().citations()));
        Matcher m = PIECE.matcher(r.answer().text());
        while (m.find() && m.end() > m.start()) {
            events.add(new StreamEvent.Token(m.group()));
        }
        events.add(new StreamEvent.Done(ChatResponse.of(r, conversationId)));
        return events;
    }
}
