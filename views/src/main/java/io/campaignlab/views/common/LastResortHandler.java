package io.campaignlab.views.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BiConsumer;

/**
 * The last resort for an exception nobody caught, on the JavaFX thread (an event handler) or on a worker thread: it
 * is logged once, with its stack trace, and said to the user in one sentence through the {@link DialogService}; the
 * application keeps running.
 */
public final class LastResortHandler implements Thread.UncaughtExceptionHandler {

    /** The title of the dialog. */
    public static final String TITLE = "Unexpected error";

    private static final Logger LOG = LoggerFactory.getLogger(LastResortHandler.class);

    private final DialogService dialogs;
    private final BiConsumer<String, Throwable> log;
    /** True while the dialog is up, so that an error in showing it is only logged (FX thread only). */
    private boolean showing;

    LastResortHandler(DialogService dialogs, BiConsumer<String, Throwable> log) {
        this.dialogs = dialogs;
        this.log = log;
    }

    /**
     * Installs the handler for every thread without one of its own (job threads included) and for the JavaFX thread.
     * Call it on the JavaFX thread.
     */
    public static LastResortHandler install(DialogService dialogs) {
        LastResortHandler handler = new LastResortHandler(dialogs, LOG::error);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
        return handler;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        log.accept("Uncaught error on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            try {
                Platform.runLater(() -> show(error));
            } catch (IllegalStateException toolkitGone) {
                // the JavaFX toolkit has stopped: the log is all there is
            }
        }
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            dialogs.showError(TITLE, sentence(error), null);
        } catch (RuntimeException | Error failed) {
            log.accept("Could not show an uncaught error", failed);
        } finally {
            showing = false;
        }
    }

    /** One sentence for people: the message, or the kind of error when it has none. */
    static String sentence(Throwable error) {
        String message = error.getMessage();
        String what = message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
        return "Something went wrong: " + what + ". The details are in the log; the workbench keeps running.";
    }
}
