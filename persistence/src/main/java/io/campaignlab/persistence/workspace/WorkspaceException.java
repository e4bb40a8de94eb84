package io.campaignlab.persistence.workspace;

/** A workspace that cannot be opened or used, explained in one sentence. */
public final class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
