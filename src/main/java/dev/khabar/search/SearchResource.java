package dev.khabar.search;

import dev.khabar.answer.AnswerService;
import dev.khabar.api.BadRequest;
import dev.khabar.chat.QuestionValidator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The ranked passages for a question: those its answer quotes first ({@code quoted}), then the rest of the hybrid
 * retrieval; what the evaluation's hit@k and MRR measure.
 */
@Path("/api/search")
public class SearchResource {

    public static final int MAX_K = 50;

    /** One chunk found for a query; {@code score} is retrieval's, {@code quoted} whether the answer quotes it. */
    public record Result(String documentId, String title, int chunkIndex, String text, double score, boolean quoted) {
    }

    /** Body of a {@code GET /api/search} reply. */
    public record Results(List<Result> results, String language) {
    }

    private final AnswerService answers;
    private final QuestionValidator validator;

    public SearchResource(AnswerService answers, QuestionValidator validator) {
        this.answers = answers;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Passages for a question, best first: those its answer quotes, then retrieval's others")
    public Results search(@QueryParam("q") String q, @QueryParam("k") @DefaultValue("5") String k) {
        int limit;
        try {
            limit = Integer.parseInt(k.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest("k must be a whole number");
        }
        if (limit < 1 || limit > MAX_K) {
            throw new BadRequest("k must be between 1 and " + MAX_K);
        }
        AnswerService.Ranking ranking = answers.rank(validator.validQuestion(q), limit);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < ranking.chunks().size(); i++) {
            var rc = ranking.chunks().get(i);
            results.add(new Result(rc.chunk().documentId(), rc.chunk().title(), rc.chunk().chunkIndex(),
                    rc.chunk().text(), rc.score(), i < ranking.quoted()));
        }
        return new Results(results, ranking.query().language().code());
    }
}
