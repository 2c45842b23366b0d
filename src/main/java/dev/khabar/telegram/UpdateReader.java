package dev.khabar.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reads one update from JSON, one at a time, so that an update of an unexpected shape is skipped (and logged)
 * instead of failing the whole webhook call or {@code getUpdates} batch it came in.
 */
@ApplicationScoped
public class UpdateReader {

    private static final Logger LOG = Logger.getLogger(UpdateReader.class);

    private final ObjectMapper mapper;

    public UpdateReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Optional<Update> read(String json) {
        try {
            return read(mapper.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            LOG.warnf("Telegram sent an update that is not JSON: %s", e.getOriginalMessage());
            return Optional.empty();
        }
    }

    public Optional<Update> read(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("update_id").canConvertToLong()) {
            LOG.warnf("Skipping an update without an update_id");
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(node, Update.class));
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warnf("Skipping update %s of an unexpected shape: %s", node.path("update_id").asText(),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
