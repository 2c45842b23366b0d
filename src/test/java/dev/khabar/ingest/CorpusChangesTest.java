package dev.khabar.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.testing.MadeUpCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A corpus folder that changes under the service: bad files, new files, edits and deletions. */
@QuarkusTest
@TestProfile(CorpusChangesTest.Profile.class)
class CorpusChangesTest {

    static final Path CORPUS = Path.of("target/changing-corpus");

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            MadeUpCorpus.withSeeds(CORPUS.getFileName().toString(), Map.of("empty.txt", "  \n"));
            try {
                Files.write(CORPUS.resolve("broken.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a', 'b'});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("khabar.corpus.dir", CORPUS.toString(),
                    "khabar.data.dir", "target/changing-corpus-data");
        }
    }

    private static Map<String, Map<String, Object>> documents() {
        List<Map<String, Object>> docs = given().get("/api/documents").then().statusCode(200).extract().jsonPath()
                .getList("documents");
        return docs.stream().collect(java.util.stream.Collectors.toMap(d -> (String) d.get("id"), d -> d));
    }

    private static JsonPath reindex() {
        return given().header("Authorization", "Bearer test-admin-token").post("/api/admin/reindex").then()
                .statusCode(200).extract().jsonPath();
    }

    private static List<String> searchDocs(String q) {
        return given().queryParam("q", q).queryParam("k", 10).get("/api/search").then().statusCode(200)
                .extract().jsonPath().getList("results.documentId");
    }

    @Test
    void badFilesAreReportedAndChangesAreIngestedIncrementally() throws IOException {
        Map<String, Map<String, Object>> docs = documents();
        assertEquals("error", docs.get("broken").get("status"));
        assertTrue(((String) docs.get("broken").get("error")).contains("UTF-8"));
        assertEquals("error", docs.get("empty").get("status"));
        assertEquals(5, docs.values().stream().filter(d -> "ok".equals(d.get("status"))).count());
        given().contentType("application/json").body(Map.of("question", "How did Kim Jong Un travel to Russia?"))
                .post("/api/chat").then().statusCode(200).body("grounded", is(true));

        JsonPath unchanged = reindex();
        assertEquals(0, unchanged.getInt("reindexed"), "nothing changed, nothing re-indexed");

        Files.writeString(CORPUS.resolve("005_new.txt"),
                "नया लेख: जापान ने नई अंतरिक्ष दूरबीन लॉन्च की\nजापान की अंतरिक्ष एजेंसी ने सोमवार को नई दूरबीन लॉन्च की। "
                        + "यह दूरबीन तारों का अध्ययन करेगी।\n", StandardCharsets.UTF_8);
        JsonPath added = reindex();
        assertEquals(1, added.getInt("reindexed"), "only the new article is processed");
        assertEquals("005_new", searchDocs("दूरबीन").get(0));

        Path seed = CORPUS.resolve("003_39dddb9f299d2a0d.txt");
        Files.write(seed, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        reindex();
        Map<String, Object> corrupted = documents().get("003_39dddb9f299d2a0d");
        assertEquals("error", corrupted.get("status"));
        assertTrue(((String) corrupted.get("error")).contains("previously ingested"));
        assertTrue(searchDocs("वोस्तोचनी कॉस्मोड्रोम").contains("003_39dddb9f299d2a0d"), "still served");

        Files.delete(seed);
        Files.delete(CORPUS.resolve("005_new.txt"));
        reindex();
        assertFalse(documents().containsKey("003_39dddb9f299d2a0d"));
        assertFalse(searchDocs("दूरबीन").contains("005_new"));
        assertFalse(searchDocs("वोस्तोचनी कॉस्मोड्रोम").contains("003_39dddb9f299d2a0d"));
    }
}
