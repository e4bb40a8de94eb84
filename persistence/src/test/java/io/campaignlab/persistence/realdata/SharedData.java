package io.campaignlab.persistence.realdata;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real public datasets in {@code ../shared/data}; tests that need one are skipped, with a message, when absent. */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        return Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"));
    }

    static Path require(String relative) {
        Path file = root().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> "skipped: " + file.toAbsolutePath() + " is absent (the shared datasets are not in this checkout)");
        return file;
    }
}
