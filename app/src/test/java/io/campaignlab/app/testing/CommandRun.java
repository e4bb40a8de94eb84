package io.campaignlab.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.app.cli.RootCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of the command line, in this JVM or in one of its own, with its exit code and what it printed. */
public record CommandRun(int code, String out, String err) {

    /** How long a command in its own JVM may take. */
    static final int OWN_JVM_SECONDS = 240;

    /** Runs the command line in this JVM. */
    public static CommandRun inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Runs the command line in a JVM of its own with this test's class path; its output goes through scratch. */
    public static CommandRun inOwnJvm(Path scratch, String... args) throws Exception {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dai.djl.offline=true",
                "-cp", System.getProperty("java.class.path"), "io.campaignlab.app.CampaignLab"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(OWN_JVM_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("campaign-lab " + String.join(" ", args) + " did not end in " + OWN_JVM_SECONDS
                    + " s: " + Files.readString(err));
        }
        return new CommandRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Stdout as JSON. */
    public JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON: " + out, e);
        }
    }
}
