package dev.khabar.ingest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final IngestionService ingestion;

    public AdminResource(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    @POST
    @Path("/reindex")
    @Operation(summary = "Re-read the corpus folder; only changed articles are processed again")
    public IngestionService.Report reindex() {
        return ingestion.ingest();
    }
}
