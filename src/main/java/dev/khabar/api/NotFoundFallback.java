package dev.khabar.api;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Paths nothing else serves, and bodies over the size limit, get JSON errors instead of HTML or nothing. */
@Singleton
public class NotFoundFallback {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void install(@Observes Router router) {
        // Declared sizes are checked first, so the client learns why in JSON rather than from a closed connection.
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBody.asLongValue()) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close")
                        .end(Json.encode(new ApiError("request body is larger than " + maxBody.asLongValue()
                                + " bytes", 413)));
                return;
            }
            ctx.next();
        });
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            ctx.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                    .end(Json.encode(new ApiError("no such resource: " + ctx.normalizedPath(), 404)));
        });
    }
}
