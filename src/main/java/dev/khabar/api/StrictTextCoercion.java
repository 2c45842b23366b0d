package dev.khabar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A number or a boolean where the API wants text (<code>{"question": 5}</code>) is a client mistake, answered with a
 * 400 like any other wrong shape, not quietly read as the text "5".
 */
@Singleton
public class StrictTextCoercion implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        var text = mapper.coercionConfigFor(LogicalType.Textual);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            text.setCoercion(shape, CoercionAction.Fail);
        }
    }
}
