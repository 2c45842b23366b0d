package dev.khabar.ingest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    /** Body of {@code GET /api/documents}. */
    public record Documents(List<DocumentStatus> documents, int chunks) {
    }

    /** One article's text, for showing a cited snippet in place. */
    public record DocumentText(String id, String title, String text) {
    }

    private final IngestionService ingestion;

    public DocumentsResource(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    @GET
    @Operation(summary = "The corpus files and their ingestion status")
    public Documents list() {
        Corpus corpus = ingestion.corpus();
        return new Documents(corpus.statuses(), corpus.chunkCount());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An ingested article's original text (citation offsets point into it)")
    public DocumentText text(@PathParam("id") String id) {
        Article a = ingestion.corpus().article(id)
                .orElseThrow(() -> new dev.khabar.api.BadRequest(404, "no document " + id));
        return new DocumentText(a.id(), a.title(), a.text());
    }
}
