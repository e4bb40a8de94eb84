package io.campaignlab.app.command;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;

import java.io.PrintWriter;

/**
 * Runs a command's job in the foreground: its progress on stderr ({@link ConsoleProgress}) and Ctrl-C cancelling it
 * ({@link CtrlC}). When Ctrl-C ended it, the job has finished cancelling (run row marked, writes rolled back) by the
 * time {@link CancelledByUserException} is thrown; the command then exits with {@link ErrorHandler#CANCELLED}.
 */
public final class JobConsole {

    /** Work that reports progress and stops at the token; usually a job through the workspace's runner. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    private JobConsole() {
    }

    static <T> T run(PrintWriter err, Work<T> work) throws Exception {
        CancellationToken token = new CancellationToken();
        ConsoleProgress progress = ConsoleProgress.forTerminal(err);
        try (CtrlC ctrlC = CtrlC.cancels(token, err)) {
            try {
                return work.run(progress, token);
            } catch (CancelledException e) {
                if (ctrlC.pressed()) {
                    throw new CancelledByUserException(e);
                }
                throw e;
            }
        } finally {
            progress.done();
        }
    }
}
