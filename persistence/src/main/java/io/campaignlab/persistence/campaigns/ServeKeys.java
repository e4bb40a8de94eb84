package io.campaignlab.persistence.campaigns;

import io.campaignlab.engine.campaigns.policy.HoldoutKey;
import io.campaignlab.persistence.workspace.WorkspaceException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The workspace's decision-service secrets: the holdout hash key and the API key, generated once and kept in
 * {@value #FILE} in the workspace folder, readable by its owner only (POSIX mode 0600, set on creation and restored
 * if found wider).
 *
 * @param holdoutKey the key of the holdout hash; the same key keeps every user in the same arm across restarts
 * @param apiKey     the bearer key the HTTP API requires
 */
public record ServeKeys(HoldoutKey holdoutKey, String apiKey) {

    public static final String FILE = "serve-keys.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Reads the workspace's keys, creating them on first use. */
    public static ServeKeys loadOrCreate(Path workspaceFolder, SecureRandom random) {
        Path file = workspaceFolder.resolve(FILE);
        try {
            if (Files.exists(file)) {
                restrict(file);
                return read(file);
            }
            byte[] api = new byte[32];
            random.nextBytes(api);
            ServeKeys keys = new ServeKeys(HoldoutKey.generate(random),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(api));
            write(file, keys);
            return keys;
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceException("cannot read or create the service keys " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sets the workspace's holdout key (the API key is kept, or created), so that the keyed hash, and so every user's
     * arm, is reproducible: the same key gives the same arms as another workspace that holds it.
     */
    public static ServeKeys setHoldoutKey(Path workspaceFolder, HoldoutKey key, SecureRandom random) {
        ServeKeys keys = new ServeKeys(key, loadOrCreate(workspaceFolder, random).apiKey());
        Path file = workspaceFolder.resolve(FILE);
        try {
            write(file, keys);
            return keys;
        } catch (IOException e) {
            throw new WorkspaceException("cannot write the service keys " + file + ": " + e.getMessage(), e);
        }
    }

    private static ServeKeys read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String holdout = p.getProperty("holdout_key");
        String api = p.getProperty("api_key");
        if (holdout == null || api == null || api.length() < 16) {
            throw new IllegalArgumentException("holdout_key or api_key is missing or too short");
        }
        return new ServeKeys(HoldoutKey.fromBase64(holdout), api.strip());
    }

    /** Written to a 0600 temporary file first, then moved in place, so the secret is never readable by others. */
    private static void write(Path file, ServeKeys keys) throws IOException {
        Properties p = new Properties();
        p.setProperty("holdout_key", keys.holdoutKey().base64());
        p.setProperty("api_key", keys.apiKey());
        StringWriter text = new StringWriter();
        p.store(text, "Campaign Lab decision service keys: keep secret");
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix()) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Never the keys themselves. */
    @Override
    public String toString() {
        return "ServeKeys[holdout key, api key]";
    }
}
