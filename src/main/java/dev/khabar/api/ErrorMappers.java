package dev.khabar.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as JSON with a 4xx for the client's mistakes; internals never reach the client. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    public static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(message, status))
                .build();
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequest e) {
        return json(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return json(400, "request body is not valid JSON for this endpoint: " + e.getOriginalMessage());
    }

    /** Quarkus maps this one itself, with no body; the JSON error contract wants one. */
    @ServerExceptionMapper
    public Response wrongJsonShape(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(java.util.stream.Collectors.joining("."));
        if (e.getTargetType() != null) {
            String what = field.isEmpty() ? "the body" : "\"" + field + "\"";
            return json(400, "request body does not have the expected JSON shape: " + what + " must be "
                    + expected(e.getTargetType()));
        }
        return json(400, "request body does not have the expected JSON shape: " + e.getOriginalMessage());
    }

    /** What a client should send, in JSON's words rather than Java's. */
    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // A body cut short reaches here as a bare "HTTP 400 Bad Request" wrapping the parser's own account.
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (status == 400 && json != null) {
            return malformedJson(json);
        }
        String message = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this path";
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported content type; send application/json";
            default -> e.getMessage() == null ? "request failed" : e.getMessage();
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
            message = "internal error";
        }
        return json(status, message);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response unexpected(Exception e) {
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return malformedJson(json);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.nio.charset.CharacterCodingException || root instanceof IllegalArgumentException) {
            // Undecodable input surfaces as these; logged in full because a bug of ours would look the same.
            LOG.warn("Request could not be read", e);
            return json(400, "request could not be read: " + root.getClass().getSimpleName());
        }
        LOG.error("Unexpected failure", e);
        return json(500, "internal error");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
