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
        Launched launched = launch(scratch, List.of(), args);
        if (!launched.process().waitFor(OWN_JVM_SECONDS, TimeUnit.SECONDS)) {
            launched.process().destroyForcibly();
            throw new AssertionError("campaign-lab " + String.join(" ", args) + " did not end in " + OWN_JVM_SECONDS
                    + " s: " + launched.err());
        }
        return launched.result();
    }

    /**
     * Starts the command line in a JVM of its own with this test's class path and the given JVM options, and returns
     * at once; its output goes to files in scratch.
     */
    /** coreutils' env (8.31 and later) starts a command with SIGINT's default action, whatever this JVM inherited. */
    private static final List<String> RESET_SIGINT = List.of("env", "--default-signal=INT");

    /** Whether children started by {@link #launch} receive SIGINT even when this JVM has it ignored. */
    public static final boolean CAN_RESET_SIGINT = resetsSigint();

    private static boolean resetsSigint() {
        try {
            List<String> probe = new ArrayList<>(RESET_SIGINT);
            probe.add("true");
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static Launched launch(Path scratch, List<String> jvmOptions, String... args) throws IOException {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        List<String> command = new ArrayList<>();
        if (CAN_RESET_SIGINT) {
            // a JVM started as a background job of a shell without job control has SIGINT ignored, and its children
            // inherit that; the child gets Ctrl-C as a person's terminal would deliver it
            command.addAll(RESET_SIGINT);
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dai.djl.offline=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.campaignlab.app.CampaignLab"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        return new Launched(process, out, err);
    }

    /** A command line running in a JVM of its own, and the files its stdout and stderr go to. */
    public record Launched(Process process, Path outFile, Path errFile) {

        /** What it has written on stderr so far. */
        public String err() throws IOException {
            return Files.readString(errFile);
        }

        /** Its exit code and output, once it has ended. */
        public CommandRun result() throws IOException {
            return new CommandRun(process.exitValue(), Files.readString(outFile), Files.readString(errFile));
        }
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
