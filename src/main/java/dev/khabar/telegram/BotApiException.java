package dev.khabar.telegram;

/** A Bot API call that failed for good: Telegram refused it, or every try failed. */
public class BotApiException extends Exception {

    private final String method;
    private final int status;

    BotApiException(String method, int status, String message) {
        super(method + " failed" + (status > 0 ? " (" + status + ")" : "") + ": " + message);
        this.method = method;
        this.status = status;
    }

    public String method() {
        return method;
    }

    /** The HTTP or Bot API error code; 0 when no response came. */
    public int status() {
        return status;
    }
}
