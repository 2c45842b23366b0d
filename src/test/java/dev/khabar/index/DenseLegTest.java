package dev.khabar.index;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.ingest.IngestionService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service with its default in-process embedding model: chunks embedded once, searched densely, persisted. */
@QuarkusTest
@TestProfile(DenseLegTest.WithMiniLm.class)
class DenseLegTest {

    public static class WithMiniLm implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khabar.embedding.provider", "minilm", "khabar.data.dir", "target/dense-data");
        }
    }

    @Inject
    IngestionService ingestion;

    @Test
    void everyChunkIsEmbeddedAndSearchable() {
        DenseIndex dense = ingestion.dense();
        assertTrue(dense.enabled());
        var hits = dense.search("Kim Jong Un met Putin", ingestion.corpus().chunkCount());
        assertEquals(ingestion.corpus().chunkCount(), hits.size(), "one vector per chunk");
        assertTrue(hits.stream().allMatch(h -> ingestion.corpus().chunk(h.key()).isPresent()));
    }

    @Test
    void vectorsArePersistedSoReingestingEmbedsNothing() {
        IngestionService.Report again = ingestion.ingest();
        assertEquals(0, again.embeddedChunks());
        assertEquals(0, again.reindexed());
        assertEquals(5, again.documents());
    }

    @Test
    void hybridSearchStillPutsTheAnsweringArticleFirst() {
        String top = given().queryParam("q", "Vostochny cosmodrome satellite").get("/api/search").then()
                .statusCode(200).extract().jsonPath().getString("results[0].documentId");
        assertEquals("003_39dddb9f299d2a0d", top);
        assertFalse(given().queryParam("q", "Kim Putin").get("/api/search").then().statusCode(200).extract()
                .jsonPath().getList("results").isEmpty());
    }
}
