package io.campaignlab.persistence.campaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ServeKeysTest {

    @TempDir
    Path dir;

    @Test
    void theKeysAreCreatedOnceOwnerOnlyAndReadBackTheSame() throws Exception {
        ServeKeys created = ServeKeys.loadOrCreate(dir, new SecureRandom());
        Path file = dir.resolve(ServeKeys.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(created.apiKey()).hasSize(43); // 32 bytes in unpadded Base64: ceil(32 * 4 / 3) = 43 characters
        assertThat(ServeKeys.loadOrCreate(dir, new SecureRandom())).isEqualTo(created);
        assertThat(created.toString()).doesNotContain(created.apiKey());

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(ServeKeys.loadOrCreate(dir, new SecureRandom())).isEqualTo(created);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aSetHoldoutKeyIsReadBackAndKeepsTheApiKey() {
        ServeKeys created = ServeKeys.loadOrCreate(dir, new SecureRandom());
        io.campaignlab.engine.campaigns.policy.HoldoutKey key = io.campaignlab.engine.campaigns.policy.HoldoutKey
                .of(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        ServeKeys.setHoldoutKey(dir, key, new SecureRandom());
        ServeKeys read = ServeKeys.loadOrCreate(dir, new SecureRandom());
        assertThat(read.holdoutKey()).isEqualTo(key).isNotEqualTo(created.holdoutKey());
        assertThat(read.apiKey()).isEqualTo(created.apiKey());
    }
}
