package io.campaignlab.engine.importing.csv;

import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportSpec;
import io.campaignlab.engine.importing.columns.ColumnNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatSnifferTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static SniffResult sniff(Path file) {
        return FormatSniffer.sniff(SourceFile.inspect(file, null), null, null, 100);
    }

    private static List<List<String>> rows(SniffResult result) {
        return result.sample().stream().map(SampleRecord::fields).toList();
    }

    @Test
    void detectsComma() throws IOException {
        SniffResult result = sniff(write("c.csv", "id,name,score\n1,alice,3.5\n2,bob,4.0\n3,carol,2.5\n"));
        assertThat(result.dialect().delimiter()).isEqualTo(',');
        assertThat(result.dialect().delimiterName()).isEqualTo("comma");
        assertThat(result.headers()).containsExactly("id", "name", "score");
        assertThat(rows(result)).containsExactly(List.of("1", "alice", "3.5"), List.of("2", "bob", "4.0"),
                List.of("3", "carol", "2.5"));
    }

    @Test
    void detectsTab() throws IOException {
        SniffResult result = sniff(write("t.tsv", "id\tcity, country\tn\n1\tParis, FR\t5\n2\tRome, IT\t6\n"));
        assertThat(result.dialect().delimiter()).isEqualTo('\t');
        assertThat(result.headers()).containsExactly("id", "city, country", "n");
        assertThat(rows(result).get(0)).containsExactly("1", "Paris, FR", "5");
    }

    @Test
    void detectsSemicolonEvenWithDecimalCommas() throws IOException {
        SniffResult result = sniff(write("s.csv", "item;price;qty\nA;1,50;2\nB;2,25;1\nC;0,99;7\n"));
        assertThat(result.dialect().delimiter()).isEqualTo(';');
        assertThat(result.headers()).containsExactly("item", "price", "qty");
        assertThat(rows(result).get(0)).containsExactly("A", "1,50", "2");
    }

    @Test
    void detectsPipe() throws IOException {
        SniffResult result = sniff(write("p.txt", "a|b|c\n1|2|3\n4|5|6\n"));
        assertThat(result.dialect().delimiter()).isEqualTo('|');
        assertThat(result.headers()).containsExactly("a", "b", "c");
    }

    @Test
    void quotedDelimitersDoNotFoolDetection() throws IOException {
        String text = "id,text,n\n"
                + "1,\"a;b;c;d;e\",5\n"
                + "2,\"f;g;h;i;j\",6\n"
                + "3,\"k;l|m|n;o\",7\n";
        SniffResult result = sniff(write("q.csv", text));
        assertThat(result.dialect().delimiter()).isEqualTo(',');
        assertThat(rows(result).get(0)).containsExactly("1", "a;b;c;d;e", "5");
    }

    @Test
    void quotedCommasStayInsideTheirField() throws IOException {
        SniffResult result = sniff(write("qc.csv", "id,address\n1,\"1 Main St, Springfield\"\n2,\"2 \"\"Elm\"\" Rd, X\"\n"));
        assertThat(result.dialect().delimiter()).isEqualTo(',');
        assertThat(rows(result)).containsExactly(List.of("1", "1 Main St, Springfield"), List.of("2", "2 \"Elm\" Rd, X"));
    }

    @Test
    void quotedNewlinesDoNotSplitRecords() throws IOException {
        String text = "id,note\n1,\"line one\nline two\"\n2,\"x\ny\nz\"\n3,plain\n";
        SniffResult result = sniff(write("n.csv", text));
        assertThat(result.dialect().delimiter()).isEqualTo(',');
        assertThat(rows(result)).containsExactly(List.of("1", "line one\nline two"), List.of("2", "x\ny\nz"),
                List.of("3", "plain"));
        assertThat(result.sample()).extracting(SampleRecord::line).containsExactly(2L, 4L, 7L);
    }

    @Test
    void theSampleSaysWhichLinesEachRecordCovers() throws IOException {
        SniffResult result = sniff(write("spans.csv", "id,note\n1,\"line one\nline two\"\n2,plain\n"));

        assertThat(result.sample()).extracting(r -> r.lines().range()).containsExactly("2–3", "4");
        assertThat(result.sample().get(0).lines().spansLines()).isTrue();
        assertThat(result.sample()).noneMatch(SampleRecord::rejected);
    }

    @Test
    void aQuoteOpenAtTheEndOfTheFileMarksItsRecordRejectedAndKeepsItOutOfTheTypeSample() throws IOException {
        SniffResult result = sniff(write("stray.csv", "id,name,note\n1,a,x\n2,b,y\n3,c,\"oops\n4,d,z\n"));

        SampleRecord last = result.sample().get(2);
        assertThat(last.rejected()).isTrue();
        assertThat(last.lines().range()).isEqualTo("4–5");
        assertThat(last.lines().problem()).isEqualTo("unclosed quote opened on line 4 runs to the end of the file"
                + " (lines 4–5)");
        assertThat(result.columnSample(2)).containsExactly("x", "y");
    }

    @Test
    void handlesCrlfLineEndings() throws IOException {
        SniffResult result = sniff(write("crlf.csv", "id,name\r\n1,alice\r\n2,bob\r\n"));
        assertThat(result.headers()).containsExactly("id", "name");
        assertThat(rows(result)).containsExactly(List.of("1", "alice"), List.of("2", "bob"));
        assertThat(result.sample()).extracting(SampleRecord::line).containsExactly(2L, 3L);
    }

    @Test
    void detectsHeaderWhenColumnsAreTyped() throws IOException {
        SniffResult result = sniff(write("h.csv", "user,amount,when\n1,2.5,2024-01-01T10:00:00\n2,3.5,2024-01-02T10:00:00\n"));
        assertThat(result.dialect().header()).isTrue();
        assertThat(result.headers()).containsExactly("user", "amount", "when");
        assertThat(result.sample()).hasSize(2);
    }

    @Test
    void detectsNoHeaderWhenTheFirstRowIsData() throws IOException {
        SniffResult result = sniff(write("nh.csv", "1,2.5,x\n2,3.5,y\n3,4.5,z\n"));
        assertThat(result.dialect().header()).isFalse();
        assertThat(result.headers()).containsExactly("col_1", "col_2", "col_3");
        assertThat(rows(result)).containsExactly(List.of("1", "2.5", "x"), List.of("2", "3.5", "y"),
                List.of("3", "4.5", "z"));
    }

    @Test
    void detectsHeaderOverAllTextColumns() throws IOException {
        SniffResult result = sniff(write("txt.csv", "name,city\nalice,paris\nbob,rome\ncarol,oslo\n"));
        assertThat(result.dialect().header()).isTrue();
        assertThat(result.headers()).containsExactly("name", "city");
        assertThat(result.sample()).hasSize(3);
    }

    @Test
    void headerWithRepeatedNamesIsStillAHeader() throws IOException {
        Path file = write("dup-names.csv", "id,value,value\n1,2.5,3\n2,4.5,6\n");
        SniffResult result = sniff(file);
        assertThat(result.dialect().header()).isTrue();
        assertThat(result.headers()).containsExactly("id", "value", "value");
        assertThat(ColumnNames.sanitize(result.headers())).containsExactly("id", "value", "value_2");
    }

    @Test
    void forcedDelimiterAndHeaderAreObeyed() throws IOException {
        Path file = write("f.csv", "a;b,c\n1;2,3\n");
        SniffResult result = FormatSniffer.sniff(SourceFile.inspect(file, null), ';', false, 10);
        assertThat(result.dialect().delimiter()).isEqualTo(';');
        assertThat(result.dialect().header()).isFalse();
        assertThat(rows(result)).containsExactly(List.of("a", "b,c"), List.of("1", "2,3"));
    }

    @Test
    void sampleIsLimitedToTheRequestedRows() throws IOException {
        StringBuilder sb = new StringBuilder("id,v\n");
        for (int i = 0; i < 50; i++) {
            sb.append(i).append(',').append(i * 2).append('\n');
        }
        SniffResult result = FormatSniffer.sniff(SourceFile.inspect(write("many.csv", sb.toString()), null), null, null, 10);
        assertThat(result.sample()).hasSize(10);
        assertThat(result.sample().get(9).fields()).containsExactly("9", "18");
    }

    @Test
    void gzipIsDetectedByMagicBytesNotByName() throws IOException {
        Path file = dir.resolve("looks-plain.csv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("id,name\n1,alice\n2,bob\n".getBytes(StandardCharsets.UTF_8));
        }
        SourceFile source = SourceFile.inspect(file, null);
        assertThat(source.gzip()).isTrue();
        SniffResult result = FormatSniffer.sniff(source, null, null, 10);
        assertThat(result.dialect().gzip()).isTrue();
        assertThat(result.headers()).containsExactly("id", "name");
        assertThat(rows(result)).containsExactly(List.of("1", "alice"), List.of("2", "bob"));
    }

    @Test
    void plainFileNamedGzIsNotGzip() throws IOException {
        SourceFile source = SourceFile.inspect(write("plain.csv.gz", "id,name\n1,a\n"), null);
        assertThat(source.gzip()).isFalse();
    }

    @Test
    void utf8BomIsSkipped() throws IOException {
        byte[] body = "id,name\n1,alice\n2,bob\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceFile source = SourceFile.inspect(write("bom.csv", bytes), null);
        assertThat(source.bomBytes()).isEqualTo(3);
        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
        SniffResult result = FormatSniffer.sniff(source, null, null, 10);
        assertThat(result.headers()).containsExactly("id", "name");
        assertThat(result.headers().get(0)).doesNotContain("\uFEFF");
    }

    @Test
    void latin1BytesAreDetectedAndDecoded() throws IOException {
        byte[] bytes = "id,name\n1,Ren\u00e9\n2,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(bytes).contains((byte) 0xE9);
        SourceFile source = SourceFile.inspect(write("latin1.csv", bytes), null);
        assertThat(source.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        SniffResult result = FormatSniffer.sniff(source, null, null, 10);
        assertThat(rows(result)).containsExactly(List.of("1", "Ren\u00e9"), List.of("2", "Zo\u00eb"));
    }

    @Test
    void utf8MultibyteTextIsDetectedAsUtf8() throws IOException {
        String text = "id,name\n1,Ren\u00e9\n2,\u6771\u4eac\n3,\uD83D\uDE00\n";
        SourceFile source = SourceFile.inspect(write("utf8.csv", text), null);
        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(source.bomBytes()).isZero();
        SniffResult result = FormatSniffer.sniff(source, null, null, 10);
        assertThat(rows(result)).containsExactly(List.of("1", "Ren\u00e9"), List.of("2", "\u6771\u4eac"),
                List.of("3", "\uD83D\uDE00"));
    }

    @Test
    void forcedCharsetWins() throws IOException {
        SourceFile source = SourceFile.inspect(write("ascii.csv", "a,b\n1,2\n"), StandardCharsets.ISO_8859_1);
        assertThat(source.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8CheckIgnoresASequenceCutOffByTheProbe() {
        byte[] full = "ab\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        assertThat(SourceFile.isUtf8(cut, true)).isTrue();
        assertThat(SourceFile.isUtf8(cut, false)).isFalse();
        byte[] euro = "ab\u20ac".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceFile.isUtf8(java.util.Arrays.copyOf(euro, euro.length - 1), true)).isTrue();
        assertThat(SourceFile.isUtf8(new byte[] {'a', (byte) 0xE9, 'b'}, true)).isFalse();
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> sniff(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("empty")
                .hasMessageContaining("empty.csv");
    }

    @Test
    void blankFileIsRejectedAsEmpty() throws IOException {
        Path file = write("blank.csv", "\n\n  \n");
        assertThatThrownBy(() -> sniff(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void headerOnlyFileIsRejected() throws IOException {
        Path file = write("header-only.csv", "id,name,score\n");
        assertThatThrownBy(() -> sniff(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no data rows");
    }

    @Test
    void missingFileIsRejected() {
        assertThatThrownBy(() -> SourceFile.inspect(dir.resolve("nope.csv"), null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void hugeSingleLineIsRejectedWithTheParserLimit() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,blob\n1,");
            char[] chunk = new char[64 * 1024];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 20 * 16; i++) {
                out.write(chunk);
            }
        }
        assertThat(Files.size(file)).isGreaterThan(20L * 1024 * 1024);
        ImportSpec spec = ImportSpec.builder().setFile(file).setName("huge").build();
        assertThatThrownBy(() -> ImportPlanner.plan(spec))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("16 MiB");
    }

    @Test
    void recordWithTooManyFieldsIsNotBlamedOnTheLengthLimit() throws IOException {
        StringBuilder sb = new StringBuilder("a,b\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i == 0 ? "" : ",").append(i % 10);
        }
        Path file = write("wide.csv", sb.append('\n').toString());
        assertThat(Files.size(file)).isLessThan(1L << 20);
        ImportSpec spec = ImportSpec.builder().setFile(file).setName("wide").build();
        assertThatThrownBy(() -> ImportPlanner.plan(spec))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("fields")
                .hasMessageNotContaining("16 MiB");
    }

    @Test
    void sha256MatchesTheFileBytes() throws Exception {
        byte[] bytes = "id,name\n1,alice\n2,bob\n".getBytes(StandardCharsets.UTF_8);
        Path file = write("hash.csv", bytes);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(SourceFile.inspect(file, null).sha256()).isEqualTo(expected);
    }

    @Test
    void sha256OfAGzipFileIsOfTheCompressedBytes() throws Exception {
        Path file = dir.resolve("z.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("id,name\n1,alice\n".getBytes(StandardCharsets.UTF_8));
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(SourceFile.inspect(file, null).sha256()).isEqualTo(expected);
    }
}
