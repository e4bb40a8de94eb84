package io.campaignlab.engine.importing.csv;

import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentSnifferTest {

    @TempDir
    Path dir;

    /** A PNG's signature and header chunk, then compressed-looking bytes. */
    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0});
        byte[] data = new byte[4000];
        new Random(7).nextBytes(data);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String refusal(Path file) {
        try {
            ImportPlanner.plan(ImportSpec.builder().setFile(file).build());
        } catch (ImportException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " was taken for text");
    }

    /** The defect: a PNG went through as "comma-separated, ISO-8859-1, 1 column" and failed only at the import. */
    @Test
    void aPngIsRefusedWhenTheFileIsFirstReadSayingWhatItLooksLike() throws IOException {
        Path file = write("chart.png", png());

        assertThat(refusal(file)).isEqualTo("chart.png: looks like a PNG image, not a delimited text file; export the"
                + " data as CSV and import that");
    }

    @Test
    void anExcelWorkbookIsNamedAsOneWithAdviceToSaveItAsCsv() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : new String[] {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"}) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path file = write("sales.csv", bytes.toByteArray());

        assertThat(refusal(file)).isEqualTo("sales.csv: looks like an Excel workbook (XLSX), not a delimited text file;"
                + " save the sheet as CSV and import that");
    }

    @Test
    void aZipArchiveIsToBeExtractedFirst() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("events.csv"));
            zip.write("id,name\n1,a\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(refusal(write("events.zip", bytes.toByteArray()))).endsWith("looks like a ZIP archive, not a"
                + " delimited text file; extract the file inside and import it");
    }

    @Test
    void aGzipIsLookedIntoAndAPdfOrAnyBinaryIsNamed() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(png());
        }
        assertThat(refusal(write("image.csv.gz", gz.toByteArray()))).isEqualTo("image.csv.gz: is gzip-compressed, and"
                + " what it holds looks like a PNG image, not a delimited text file; export the data as CSV and import"
                + " that");
        assertThat(refusal(write("report.csv", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))))
                .contains("looks like a PDF document");
        byte[] noise = new byte[20_000];
        new Random(3).nextBytes(noise);
        assertThat(refusal(write("blob.dat", noise))).startsWith("blob.dat: looks like binary data (");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNamedAsSuch() throws IOException {
        Path file = write("wide.csv", "id,name\n1,alice\n2,bob\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(refusal(file)).contains("looks like UTF-16 text without a byte-order mark");
    }

    @Test
    void textWithAStrayControlCharacterIsStillText() throws IOException {
        StringBuilder csv = new StringBuilder("id,note\n");
        for (int i = 0; i < 300; i++) {
            csv.append(i).append(",note ").append(i).append(i == 5 ? "\0" : "").append('\n');
        }
        Path file = write("stray.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(ContentSniffer.nonText(Files.readAllBytes(file), (int) Files.size(file))).isEmpty();
        assertThat(ImportPlanner.plan(ImportSpec.builder().setFile(file).build()).columns()).hasSize(2);
    }

    @Test
    void textWithAByteOrderMarkIsNeverTakenForBinary() {
        byte[] utf16 = "\uFEFFid,name\n1,a\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(ContentSniffer.nonText(utf16, utf16.length)).isEmpty();
    }
}
