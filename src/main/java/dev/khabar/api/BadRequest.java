package dev.khabar.api;

/** A request the client must change before trying again; becomes a 4xx with an {@link ApiError} body. */
public class BadRequest extends RuntimeException {

    private final int status;

    public BadRequest(String message) {
        this(400, message);
    }

    public BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
