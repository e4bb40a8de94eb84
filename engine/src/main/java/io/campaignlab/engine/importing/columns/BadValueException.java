package io.campaignlab.engine.importing.columns;

/** A value that does not parse as its column's type. Cheap: no stack trace, since bad rows can be many. */
public final class BadValueException extends Exception {

    public BadValueException(String reason) {
        super(reason, null, false, false);
    }
}
