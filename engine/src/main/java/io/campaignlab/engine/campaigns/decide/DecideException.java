package io.campaignlab.engine.campaigns.decide;

/** A request the engine refuses, with the reason a caller can act on and a one-line message. */
public final class DecideException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a request was refused. */
    public enum Reason {
        /** A value is missing, out of range or malformed. */
        BAD_REQUEST,
        /** No published campaign of that name is loaded, or none serves today. */
        UNKNOWN_CAMPAIGN,
        /** No decision of that id was served. */
        UNKNOWN_DECISION,
        /** The campaign exists but does not serve now (before its start or after its end). */
        NOT_SERVING
    }

    private final Reason reason;

    public DecideException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
