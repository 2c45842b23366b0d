package dev.khabar.index;

import dev.khabar.config.KhabarConfig;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The embedding model for the dense leg, chosen by {@code khabar.embedding.provider}. Loaded on first use and
 * kept; a provider that cannot be set up disables the dense leg with a log line instead of failing start-up.
 */
@ApplicationScoped
public class EmbeddingProvider {

    private static final Logger LOG = Logger.getLogger(EmbeddingProvider.class);

    private final KhabarConfig.Embedding config;
    private final Instance<EmbeddingModel> configuredModels;
    private volatile Optional<EmbeddingModel> model;

    public EmbeddingProvider(KhabarConfig config, Instance<EmbeddingModel> configuredModels) {
        this.config = config.embedding();
        this.configuredModels = configuredModels;
    }

    public Optional<EmbeddingModel> model() {
        Optional<EmbeddingModel> m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = create();
                }
                m = model;
            }
        }
        return m;
    }

    /** Names the model so vectors made by another model are never mixed in. */
    public String modelId() {
        return switch (provider()) {
            case "onnx" -> "onnx-" + Integer.toHexString(config.modelPath().map(Path::toString).orElse("").hashCode());
            case "langchain4j" -> "lc4j";
            default -> provider();
        };
    }

    private String provider() {
        return config.provider().trim().toLowerCase(Locale.ROOT);
    }

    private Optional<EmbeddingModel> create() {
        return create(config, configuredModels::get);
    }

    /** The model {@code config} names; empty, with a log line, when it names none or cannot be loaded. */
    static Optional<EmbeddingModel> create(KhabarConfig.Embedding config, Supplier<EmbeddingModel> configured) {
        String provider = config.provider().trim().toLowerCase(Locale.ROOT);
        try {
            return switch (provider) {
                case "none" -> Optional.empty();
                case "minilm" -> Optional.of(new AllMiniLmL6V2QuantizedEmbeddingModel());
                case "onnx" -> Optional.of(onnx(config));
                case "langchain4j" -> Optional.of(configured.get());
                default -> {
                    LOG.warnf("Unknown khabar.embedding.provider '%s'; dense retrieval is off", config.provider());
                    yield Optional.empty();
                }
            };
        } catch (RuntimeException e) {
            LOG.warnf("Embedding provider '%s' could not be loaded (%s); dense retrieval is off", config.provider(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static EmbeddingModel onnx(KhabarConfig.Embedding config) {
        Path model = config.modelPath().orElseThrow(
                () -> new IllegalStateException("khabar.embedding.model-path is required for provider onnx"));
        Path tokenizer = config.tokenizerPath().orElse(model.resolveSibling("tokenizer.json"));
        for (Path p : new Path[] {model, tokenizer}) {
            if (!Files.isReadable(p)) {
                throw new IllegalStateException(p + " is not readable");
            }
        }
        return new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
    }
}
