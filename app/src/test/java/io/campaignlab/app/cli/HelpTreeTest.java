package io.campaignlab.app.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the whole command tree and asks every command, nested ones included, for {@code --help}: each prints its
 * usage and exits 0, and neither the command's streams nor System.err (where picocli's tracer warns) shows a
 * warning.
 */
class HelpTreeTest {

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsItsHelpWithoutAWarning() {
        List<List<String>> paths = new ArrayList<>();
        collect(RootCommand.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).as("commands in the tree").hasSizeGreaterThan(30);
        return paths.stream().map(path -> DynamicTest.dynamicTest(
                path.isEmpty() ? "campaign-lab --help" : String.join(" ", path) + " --help", () -> check(path)));
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().aliases().length == 0 || name.equals(sub.getCommandName())) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, into);
            }
        });
    }

    private static void check(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int code;
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = RootCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            code = cl.execute(args.toArray(String[]::new));
        } finally {
            System.setErr(original);
        }
        String all = out + "\n" + err + "\n" + systemErr.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code of %s; printed:%n%s", args, all).isZero();
        assertThat(out.toString()).as("usage of %s", args)
                .contains(String.join(" ", List.of("Usage:", "campaign-lab", String.join(" ", path))).trim());
        assertThat(all).as("output of %s", args).doesNotContain("WARN");
    }
}
