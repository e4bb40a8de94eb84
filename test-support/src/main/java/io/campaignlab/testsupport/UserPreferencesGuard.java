package io.campaignlab.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

/**
 * Fails a test class that wrote into Java preferences. Registered for every test class of every module (the
 * service file and surefire's {@code junit.jupiter.extensions.autodetection.enabled}), it lists the preference
 * files before the class and after it, and fails the class when a file is new or changed (see {@link #listing()}).
 * <p>
 * Java writes preferences to disk in the background, every 30 s; where this JVM's preferences live under the build
 * folder ({@code java.util.prefs.userRoot}, which surefire sets), the guard first makes them write now
 * ({@code flush}), so that no write slips past. Where they would go to the user's home (a run without surefire's
 * settings) it only compares, since flushing there would itself create the folder.
 */
public final class UserPreferencesGuard implements BeforeAllCallback, AfterAllCallback {

    static final String ROOT_PROPERTY = "java.util.prefs.userRoot";
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(UserPreferencesGuard.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", listing());
    }

    @Override
    public void afterAll(ExtensionContext context) throws BackingStoreException {
        if (redirected()) {
            Preferences.userRoot().flush();
        }
        @SuppressWarnings("unchecked")
        List<String> before = context.getStore(NAMESPACE).getOrDefault("before", List.class, List.of());
        Set<String> changed = new LinkedHashSet<>(listing());
        before.forEach(changed::remove);
        if (!changed.isEmpty()) {
            throw new AssertionError(context.getDisplayName() + " wrote into Java preferences"
                    + "; tests must leave them alone (give the code a PreferenceStore instead). New or changed: "
                    + changed);
        }
    }

    /** True when this JVM's preferences go somewhere other than the user's home. */
    static boolean redirected() {
        String root = System.getProperty(ROOT_PROPERTY);
        return root != null && !Path.of(root).toAbsolutePath().normalize()
                .equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize());
    }

    /**
     * Campaign Lab's nodes in the user's home ({@code io/campaignlab}) by name only: other programs, an older
     * Campaign Lab among them, may update existing nodes there meanwhile, so only a new node counts (one that another
     * process creates while a class runs is blamed on that class: nothing of Campaign Lab writes there any more). All
     * of this JVM's own preference folder, with sizes and times, when it is elsewhere (surefire's).
     */
    static List<String> listing() {
        Path home = Path.of(System.getProperty("user.home"), ".java", ".userPrefs", "io", "campaignlab");
        Stream<String> inHome = files(home).map(Path::toString);
        Stream<String> own = redirected()
                ? files(Path.of(System.getProperty(ROOT_PROPERTY), ".java", ".userPrefs"))
                        .map(p -> p + " " + p.toFile().length() + " " + p.toFile().lastModified())
                : Stream.empty();
        return Stream.concat(inHome, own).sorted().toList();
    }

    /** The nodes' files under {@code folder}: lock files and the temporary files of a write in progress are not. */
    private static Stream<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.getFileName().toString().equals("prefs.xml"))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
