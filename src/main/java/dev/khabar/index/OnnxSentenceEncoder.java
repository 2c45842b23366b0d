package dev.khabar.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An in-process ONNX sentence encoder whose session computes each embedding on the calling thread. ONNX Runtime's
 * default spreads one short question over every core and keeps its threads spinning between calls; under
 * concurrent questions that doubled the CPU each answer costs (5.7 ms instead of 2.6 on two cores), while
 * requests already run in parallel on the server's worker threads. Batch embedding at ingestion still runs one
 * text per core through LangChain4j's executor.
 */
public final class OnnxSentenceEncoder extends AbstractInProcessEmbeddingModel {

    private static final String BUNDLED_MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String BUNDLED_TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int MINILM_DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;
    private final Integer dimension;

    private OnnxSentenceEncoder(OnnxBertBiEncoder encoder, Integer dimension) {
        super(null);
        this.encoder = encoder;
        this.dimension = dimension;
    }

    /** The quantized all-MiniLM-L6-v2 that ships inside LangChain4j's jar. */
    public static OnnxSentenceEncoder bundledMiniLm() {
        Class<?> owner = AllMiniLmL6V2QuantizedEmbeddingModel.class;
        try (InputStream model = owner.getResourceAsStream(BUNDLED_MODEL);
                InputStream tokenizer = owner.getResourceAsStream(BUNDLED_TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("the bundled all-MiniLM-L6-v2 files are missing from the class path");
            }
            return new OnnxSentenceEncoder(encoder(model.readAllBytes(), tokenizer), MINILM_DIMENSION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user-supplied model: {@code model.onnx} and its {@code tokenizer.json}, mean-pooled. */
    public static OnnxSentenceEncoder fromFiles(Path model, Path tokenizer) {
        try (InputStream tok = Files.newInputStream(tokenizer)) {
            return new OnnxSentenceEncoder(encoder(Files.readAllBytes(model), tok), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OnnxBertBiEncoder encoder(byte[] model, InputStream tokenizer) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return new OnnxBertBiEncoder(environment, environment.createSession(model, options), tokenizer,
                    PoolingMode.MEAN);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the model: " + e.getMessage(), e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }
}
