package io.campaignlab.app.command;

import io.campaignlab.engine.jobs.CancelledException;

/** A command's job stopped because the user pressed Ctrl-C; the command exits with {@link ErrorHandler#CANCELLED}. */
public final class CancelledByUserException extends RuntimeException {

    CancelledByUserException(CancelledException cause) {
        super("cancelled (Ctrl-C)", cause);
    }
}
