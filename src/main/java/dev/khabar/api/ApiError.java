package dev.khabar.api;

/** The JSON body of every error response: {@code {"error": "...", "status": 400}}. */
public record ApiError(String error, int status) {
}
