package io.campaignlab.app.command;

import io.campaignlab.engine.jobs.CancellationToken;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintWriter;

/**
 * While a command's job runs, Ctrl-C (SIGINT) cancels the job instead of ending the JVM: the job stops at its next
 * check, marks its run {@code cancelled} and rolls its writes back on the command's own thread, and the command ends
 * with {@link ErrorHandler#CANCELLED}. A second Ctrl-C ends the JVM at once, as usual. {@link #close()} puts the
 * previous handler back.
 *
 * <p>A signal handler rather than a shutdown hook: once the JVM's shutdown begins, H2's own hook closes the
 * workspace's database at the same time as the job is still writing its end state, and the run would stay
 * {@code running} (then {@code interrupted}). Where the JVM cannot take the signal (started with SIGINT ignored,
 * or with {@code -Xrs}), the job runs without this hook.
 */
final class CtrlC implements AutoCloseable {

    private final SignalHandler previous;
    private volatile boolean pressed;

    private CtrlC(CancellationToken token, PrintWriter err) {
        previous = install(signal -> {
            pressed = true;
            restore();
            token.cancel();
            err.println();
            err.println("campaign-lab: cancelling; press Ctrl-C again to stop at once");
            err.flush();
        });
    }

    /** Cancels {@code token} on Ctrl-C until closed; tells the user on {@code err}. */
    static CtrlC cancels(CancellationToken token, PrintWriter err) {
        return new CtrlC(token, err);
    }

    /** Whether Ctrl-C was pressed while this hook was in place. */
    boolean pressed() {
        return pressed;
    }

    @Override
    public void close() {
        restore();
    }

    private static SignalHandler install(SignalHandler handler) {
        try {
            return Signal.handle(new Signal("INT"), handler);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private synchronized void restore() {
        if (previous != null) {
            install(previous);
        }
    }
}
