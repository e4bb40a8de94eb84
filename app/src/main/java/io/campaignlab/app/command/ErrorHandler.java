package io.campaignlab.app.command;

import io.campaignlab.app.logging.LogFiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.persistence.workspace.WorkspaceException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Turns a failure into one sentence on stderr (and a JSON error object on stdout with {@code --json}), logs the
 * stack trace to the log file, and exits with {@link #FAILED}; a job cancelled with Ctrl-C exits with
 * {@link #CANCELLED}. People never see a bare stack trace.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

    /** The exit code of a failed command. */
    static final int FAILED = 1;
    /** The exit code of a command whose job Ctrl-C cancelled: 128 + SIGINT, as shells report it. */
    static final int CANCELLED = 130;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean cancelled = e instanceof CancelledByUserException;
        if (cancelled) {
            LoggerFactory.getLogger(LogFiles.FAILURES).info("{} cancelled with Ctrl-C", commandLine.getCommandName());
        } else {
            LoggerFactory.getLogger(LogFiles.FAILURES).error("{} failed", commandLine.getCommandName(), e);
        }
        String sentence = sentence(e);
        PrintWriter err = commandLine.getErr();
        err.println("campaign-lab: " + sentence);
        err.flush();
        if (commandLine.getParseResult() != null && commandLine.getParseResult().hasMatchedOption("--json")) {
            new Output(commandLine.getOut()).json(e instanceof ImportException ie
                    ? new Failure(sentence, ie.file(), ie.line() > 0 ? ie.line() : null, ie.column())
                    : new Failure(sentence, null, null, null));
        }
        return cancelled ? CANCELLED : FAILED;
    }

    static String sentence(Throwable e) {
        if (e instanceof ImportException || e instanceof WorkspaceException || e instanceof CancelledException
                || e instanceof CancelledByUserException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        Path log = LogFiles.current();
        return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                + (log != null ? "; the details are in " + log : "");
    }

    /** The {@code --json} error object; an import failure says where in the file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Failure(String error, String file, Long line, String column) {
    }
}
