package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The import command's accounts of a file: every line, files that are not text, and the reject limit. */
class ImportCliTest {

    @TempDir
    Path dir;

    private String ws() {
        return dir.resolve("ws").toString();
    }

    @Test
    void theSummaryAccountsForEveryLineAndJsonCarriesTheCounts() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.csv"),
                "id,name,note\n1,a,\"two\nlines\"\n2,b,y\n3,c,\"oops\n4,d,z\n");

        CliRun text = CliRun.of("import", file.toString(), "--name", "notes", "--workspace", ws());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("2 rows loaded, 2 rejected")
                .contains("Lines: 6 = 1 header + 2 rows + 2 rejected + 1 continuation (quoted fields spanning lines)"
                        + " + 0 blank.");

        Path again = Files.writeString(dir.resolve("notes2.csv"), Files.readString(file) + "\n5,e,w\n");
        JsonNode json = CliRun.of("import", again.toString(), "--name", "notes2", "--workspace", ws(),
                "--max-rejects", "10", "--json").json();
        assertThat(json.get("rows").asLong()).isEqualTo(2);
        assertThat(json.get("rejected").asLong()).isEqualTo(4);
        assertThat(json.get("lines").asLong()).isEqualTo(8);
        assertThat(json.get("header_lines").asLong()).isEqualTo(1);
        assertThat(json.get("blank_lines").asLong()).isEqualTo(0);
        assertThat(json.get("continuation_lines").asLong()).isEqualTo(1);
    }

    @Test
    void aBinaryFileIsRefusedSayingWhatItLooksLike() throws Exception {
        byte[] png = new byte[2048];
        new Random(5).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        Path file = Files.write(dir.resolve("chart.png"), png);

        CliRun run = CliRun.of("import", file.toString(), "--workspace", ws());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("campaign-lab: chart.png: looks like a PNG image, not a delimited text"
                + " file; export the data as CSV and import that");
    }

    @Test
    void aFailureNamesTheCommandLineOptions() throws Exception {
        Path file = Files.writeString(dir.resolve("taken.csv"), "id,name\n1,a\n");
        assertThat(CliRun.of("import", file.toString(), "--name", "taken", "--workspace", ws()).exitCode()).isZero();
        Path other = Files.writeString(dir.resolve("other.csv"), "id,name\n2,b\n");

        CliRun run = CliRun.of("import", other.toString(), "--name", "taken", "--workspace", ws());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a dataset named 'taken' already exists; choose another --name");
    }
}
