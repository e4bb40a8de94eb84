package io.campaignlab.testsupport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The size rules, on the main sources of the module whose tests run (surefire runs them in the module's folder):
 * no package holds more than {@value #MAX_FILES_PER_PACKAGE} files, and every method is under
 * {@value #MAX_METHOD_LINES} lines, counted from its signature to its closing brace as {@link MethodLengths} says.
 * Each module subclasses it in one line.
 */
public abstract class SourceSizeTest {

    public static final int MAX_FILES_PER_PACKAGE = 30;
    public static final int MAX_METHOD_LINES = 80;

    /** The main sources this test checks; the module's own by default. */
    protected Path sources() {
        return Path.of("src", "main", "java");
    }

    @Test
    void noPackageHoldsMoreThanThirtyFiles() {
        Map<Path, Long> tooBig = javaFiles().collect(Collectors.groupingBy(Path::getParent, TreeMap::new,
                Collectors.counting()));
        tooBig.values().removeIf(n -> n <= MAX_FILES_PER_PACKAGE);
        assertThat(tooBig).as("packages with more than %d files (split them by sub-feature)", MAX_FILES_PER_PACKAGE)
                .isEmpty();
    }

    @Test
    void everyMethodIsUnderEightyLines() {
        List<String> tooLong = javaFiles().flatMap(file -> MethodLengths.of(read(file)).stream()
                        .filter(m -> m.lines() >= MAX_METHOD_LINES)
                        .map(m -> sources().relativize(file) + ":" + m.line() + " " + m.name() + " (" + m.lines()
                                + " lines)"))
                .sorted().toList();
        assertThat(tooLong).as("methods of %d lines or more (split them where the parts have names)",
                MAX_METHOD_LINES).isEmpty();
    }

    private Stream<Path> javaFiles() {
        assertThat(sources()).as("the module's main sources").isDirectory();
        try (Stream<Path> files = Files.walk(sources())) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
