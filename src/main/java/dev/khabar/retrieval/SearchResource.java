package dev.khabar.retrieval;

import dev.khabar.api.BadRequest;
import dev.khabar.chat.QuestionValidator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/search")
public class SearchResource {

    public static final int MAX_K = 50;

    /** One chunk found for a query. */
    public record Result(String documentId, String title, int chunkIndex, String text, double score) {
    }

    /** Body of a {@code GET /api/search} reply. */
    public record Results(List<Result> results, String language) {
    }

    private final SearchService search;
    private final QuestionValidator validator;

    public SearchResource(SearchService search, QuestionValidator validator) {
        this.search = search;
        this.validator = validator;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hybrid (BM25 + dense) search over article chunks")
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
        var retrieval = search.search(validator.validQuestion(q), limit);
        return new Results(retrieval.chunks().stream()
                .map(rc -> new Result(rc.chunk().documentId(), rc.chunk().title(), rc.chunk().chunkIndex(),
                        rc.chunk().text(), rc.score()))
                .toList(), retrieval.query().language().code());
    }
}
