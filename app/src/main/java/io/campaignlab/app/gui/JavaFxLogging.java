package io.campaignlab.app.gui;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * JavaFX runs from the class path here, as TestFX and Monocle need, and warns about that once at start-up. The
 * warning says nothing a user can act on, so it is kept out of the console; real JavaFX errors still show.
 */
final class JavaFxLogging {

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxLogging() {
    }

    static void quietClassPathWarning() {
        JAVAFX.setLevel(Level.SEVERE);
    }
}
