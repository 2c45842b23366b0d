package dev.khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.config.KhabarConfig;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The path a user takes to plug in their own ONNX model, exercised with the MiniLM files the bundled jar ships. Runs
 * in {@link DenseLegTest}'s application: DJL's native tokenizer can be loaded by one class loader per JVM only.
 */
@QuarkusTest
@TestProfile(DenseLegTest.WithMiniLm.class)
class EmbeddingProviderTest {

    record Settings(String provider, Optional<Path> modelPath, Optional<Path> tokenizerPath)
            implements KhabarConfig.Embedding {
        @Override
        public boolean warmUp() {
            return false;
        }
    }

    private static Path extract(String resource, Path dir) throws IOException {
        Path out = dir.resolve(resource);
        try (InputStream in = EmbeddingProviderTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, out);
        }
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void userSuppliedOnnxModelLoadsFromDisk(@TempDir Path dir) throws IOException {
        Path model = extract("all-minilm-l6-v2-q.onnx", dir);
        Path tokenizer = extract("all-minilm-l6-v2-q-tokenizer.json", dir);
        EmbeddingModel onnx = EmbeddingProvider.create(
                new Settings("onnx", Optional.of(model), Optional.of(tokenizer)), () -> null).orElseThrow();
        float[] fromDisk = onnx.embed("North Korea fired two ballistic missiles").content().vector();
        assertEquals(384, fromDisk.length);

        EmbeddingModel bundled = EmbeddingProvider.create(new Settings("minilm", Optional.empty(), Optional.empty()),
                () -> null).orElseThrow();
        float[] fromJar = bundled.embed("North Korea fired two ballistic missiles").content().vector();
        assertTrue(cosine(fromDisk, fromJar) > 0.99, "the same model, loaded two ways");
    }

    @Test
    void missingFilesOrUnknownProviderTurnTheDenseLegOff(@TempDir Path dir) {
        assertTrue(EmbeddingProvider.create(new Settings("onnx", Optional.of(dir.resolve("nope.onnx")),
                Optional.empty()), () -> null).isEmpty());
        assertTrue(EmbeddingProvider.create(new Settings("wat", Optional.empty(), Optional.empty()), () -> null)
                .isEmpty());
        assertTrue(EmbeddingProvider.create(new Settings("none", Optional.empty(), Optional.empty()), () -> null)
                .isEmpty());
    }
}
