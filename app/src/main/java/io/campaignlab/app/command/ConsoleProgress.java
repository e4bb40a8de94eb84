package io.campaignlab.app.command;

import io.campaignlab.engine.jobs.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a job's progress on stderr, at most a few times a second, with an ETA; silent when stderr is not a
 * terminal, so scripts and {@code --json} runs get clean output, unless the system property {@value #ALWAYS} is
 * {@code true} (for a program that drives the command line through a pipe and waits for its progress).
 */
final class ConsoleProgress implements ProgressListener {

    /** The system property that shows progress on stderr even when it is not a terminal. */
    static final String ALWAYS = "campaignlab.progress";

    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastPrinted;
    private String message = "";
    private boolean printed;

    ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static ConsoleProgress forTerminal(PrintWriter err) {
        return new ConsoleProgress(err, System.console() != null || Boolean.getBoolean(ALWAYS));
    }

    @Override
    public synchronized void progress(long done, long total) {
        long now = System.nanoTime();
        if (!enabled || now - lastPrinted < 250_000_000L || total <= 0) {
            return;
        }
        lastPrinted = now;
        double fraction = Math.min(1.0, (double) done / total);
        double elapsed = (now - started) / 1e9;
        String eta = fraction > 0.01 ? String.format(Locale.ROOT, "ETA %.0fs", elapsed * (1 - fraction) / fraction) : "";
        err.printf(Locale.ROOT, "\r%5.1f%%  %s  %s   ", fraction * 100, message, eta);
        err.flush();
        printed = true;
    }

    @Override
    public synchronized void message(String text) {
        this.message = text;
    }

    synchronized void done() {
        if (printed) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
    }
}
