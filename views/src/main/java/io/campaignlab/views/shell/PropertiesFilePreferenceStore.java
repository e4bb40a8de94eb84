package io.campaignlab.views.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Preferences in one properties file, rewritten whole (through a temporary file and a move) on every change. A file
 * that cannot be read counts as empty; one that cannot be written is logged and the value kept for this process.
 */
public final class PropertiesFilePreferenceStore implements PreferenceStore {

    private static final Logger LOG = LoggerFactory.getLogger(PropertiesFilePreferenceStore.class);

    private final Path file;
    private final Properties values = new Properties();

    public PropertiesFilePreferenceStore(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Cannot read the preferences {}: {}; starting from the defaults", file, e.getMessage());
            }
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "prefs", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(out, "Campaign Lab: what the window remembers");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot save the preferences {}: {}", file, e.getMessage());
        }
    }
}
