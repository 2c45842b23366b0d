package dev.khabar.eval;

import dev.khabar.api.BadRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/admin/eval")
public class EvalResource {

    /** Body of {@code POST /api/admin/eval}: a question set under {@code eval/}. */
    public record EvalRequest(String set) {
    }

    private final EvalCommand eval;

    public EvalResource(EvalCommand eval) {
        this.eval = eval;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a question set from eval/ through the pipeline and return the report")
    public Report run(EvalRequest request) throws IOException {
        if (request == null || request.set() == null || !request.set().matches("eval/[\\w.-]+\\.jsonl")) {
            throw new BadRequest("set must name a question set under eval/, e.g. \"eval/dev.jsonl\"");
        }
        java.nio.file.Path set = java.nio.file.Path.of(request.set());
        if (!Files.isRegularFile(set)) {
            throw new BadRequest(404, "no question set " + request.set());
        }
        try {
            return eval.evaluate(set, null, Files.exists(EvalCommand.DEFAULT_THRESHOLDS)
                    ? EvalCommand.DEFAULT_THRESHOLDS : null, new PrintStream(OutputStream.nullOutputStream()));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }
}
