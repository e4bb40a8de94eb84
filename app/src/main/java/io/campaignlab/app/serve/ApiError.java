package io.campaignlab.app.serve;

/** A request refused with an HTTP status and a one-line reason, sent as {@code {"error": "..."}}. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_MESSAGE = 300;

    private final int status;

    ApiError(int status, String message) {
        super(oneLine(message));
        this.status = status;
    }

    int status() {
        return status;
    }

    /** The first line of a message, at most {@value #MAX_MESSAGE} characters. */
    static String oneLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
    }
}
