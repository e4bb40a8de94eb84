package io.campaignlab.app.gui;

import javafx.application.Platform;

/** Fails any database connection requested on the JavaFX application thread: there, SQL freezes the window. */
public final class FxThreadGuard {

    private FxThreadGuard() {
    }

    public static void check() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("database access on the JavaFX application thread; run it as a job"
                    + " or in the background");
        }
    }
}
