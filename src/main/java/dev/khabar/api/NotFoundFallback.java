package dev.khabar.api;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Paths nothing else serves get a JSON 404 instead of an HTML page. */
@Singleton
public class NotFoundFallback {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            ctx.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                    .end(Json.encode(new ApiError("no such resource: " + ctx.normalizedPath(), 404)));
        });
    }
}
