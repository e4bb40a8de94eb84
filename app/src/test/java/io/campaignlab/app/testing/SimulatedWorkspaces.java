package io.campaignlab.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simulated workspaces shared by the test classes of one JVM: {@code campaign-lab simulate} with the same options
 * makes the same workspace (the simulator is seeded), so each set of options is simulated once, and every test that
 * asks for it gets a copy of its own to change. A copy is the simulation's files, without the owner lock.
 */
public final class SimulatedWorkspaces {

    /** The lock file a workspace keeps while a process has it open; a copy must not inherit it. */
    private static final String OWNER_FILE = "workspace.owner";

    private static final Map<List<String>, Path> SIMULATED = new HashMap<>();
    private static Path cache;

    private SimulatedWorkspaces() {
    }

    /**
     * Puts at {@code target} (which must not exist yet) the workspace that {@code campaign-lab simulate OPTIONS}
     * makes.
     *
     * @param options the simulate command's options, without {@code --workspace}
     */
    public static synchronized void copy(Path target, String... options) {
        try {
            Path made = SIMULATED.get(List.of(options));
            if (made == null) {
                made = simulate(options);
                SIMULATED.put(List.of(options), made);
            }
            copyTree(made, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path simulate(String... options) throws IOException {
        if (cache == null) {
            cache = Files.createTempDirectory("campaign-lab-simulated");
            Path root = cache;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        }
        Path made = cache.resolve("ws" + SIMULATED.size());
        List<String> args = new ArrayList<>(List.of("simulate", "--workspace", made.toString()));
        args.addAll(List.of(options));
        CommandRun sim = CommandRun.inProcess(args.toArray(String[]::new));
        assertThat(sim.code()).as(sim.err()).isZero();
        return made;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!file.getFileName().toString().equals(OWNER_FILE)) {
                    Files.copy(file, copy);
                }
            }
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
