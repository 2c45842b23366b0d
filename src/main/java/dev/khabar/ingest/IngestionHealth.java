package dev.khabar.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once at least one article is searchable. */
@Readiness
@ApplicationScoped
public class IngestionHealth implements HealthCheck {

    private final IngestionService ingestion;

    public IngestionHealth(IngestionService ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public HealthCheckResponse call() {
        Corpus corpus = ingestion.corpus();
        return HealthCheckResponse.named("corpus")
                .status(!corpus.articles().isEmpty())
                .withData("documents", corpus.articles().size())
                .withData("chunks", corpus.chunkCount())
                .withData("failed", corpus.statuses().stream().filter(s -> !DocumentStatus.OK.equals(s.status())).count())
                .build();
    }
}
