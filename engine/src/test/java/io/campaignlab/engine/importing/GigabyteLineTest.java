package io.campaignlab.engine.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A 1 GiB line is refused with a clear error after reading about 16 MiB, never an OutOfMemoryError. */
class GigabyteLineTest {

    @TempDir
    Path dir;

    @Test
    void aOneGibibyteLineIsRejectedWithAClearError() throws Exception {
        Path file = dir.resolve("huge-line.csv");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("id,payload\n1,".getBytes(StandardCharsets.US_ASCII));
            // text first, past the window where NUL bytes would mark the file as binary; then the rest of the line:
            // a sparse gibibyte, no newline
            raf.write("x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII));
            raf.setLength(1L << 30);
        }

        assertThatThrownBy(() -> ImportPlanner.plan(ImportSpec.builder().setFile(file).setName("huge").build()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("huge-line.csv line 2")
                .hasMessageContaining("16 MiB");
    }
}
