package io.campaignlab.engine.importing;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quoting defects of issue 14, through the import job as a user meets them: a lone carriage return inside a quoted
 * field (FastCSV 3.4.0 dropped that record), and an unclosed quote in a file of a few lines (the import stopped with
 * a hint at the column types, and the quote's record spoiled the header detection).
 */
class CsvQuotingImportTest {

    @TempDir
    Path dir;

    private final RecordingDatasetSink sink = new RecordingDatasetSink();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ImportResult run(ImportSpec spec) {
        ImportPlan plan = ImportPlanner.plan(spec);
        return new ImportJob(plan, sink, new InMemoryDatasetRepository()).run(ProgressListener.none(),
                new CancellationToken());
    }

    private List<List<Object>> rows() {
        return sink.onlyWriter().rows().stream().map(Arrays::asList).toList();
    }

    /** The defect: {@code 2,"a\rb"} as the last record vanished: 1 row loaded, 0 rejected. */
    @Test
    void aLoneCarriageReturnInTheLastRecordsQuotedFieldIsKept() throws IOException {
        Path file = write("cr-last.csv", "id,note\n1,x\n2,\"a\rb\"\n");

        ImportResult result = run(ImportSpec.builder().setFile(file).build());

        assertThat(rows()).containsExactly(List.of(1L, "x"), List.of(2L, "a\rb"));
        assertThat(result.rejected()).isZero();
        // header, "1,x", "2,"a" and "b"": the CR ends a line as a text editor counts them
        assertThat(result.lines()).isEqualTo(new ImportLines(4, 1, 0, 1));
        assertThat(result.lines().accountsFor(result.rows(), result.rejected())).isTrue();
    }

    /** The defect in mid-file: the quoted field was lost and the next line's fields were glued onto its record. */
    @Test
    void aLoneCarriageReturnInAQuotedFieldKeepsTheRowsAfterItAndTheirLineNumbers() throws IOException {
        Path file = write("cr-mid.csv", "id,n,note\n1,5,\"a\rb\"\n2,x,c\n3,7,d\n");

        ImportResult result = run(ImportSpec.builder().setFile(file).optType("n", "integer").optMaxRejects(5)
                .build());

        assertThat(rows()).containsExactly(List.of(1L, 5L, "a\rb"), List.of(3L, 7L, "d"));
        assertThat(sink.onlyWriter().rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).as("line of '2,x,c': header, two lines of row 1, then it").isEqualTo(4);
            assertThat(r.column()).isEqualTo("n");
        });
        assertThat(result.lines()).isEqualTo(new ImportLines(5, 1, 0, 1));
    }

    @Test
    void aLoneCarriageReturnBeforeAFieldSeparatorAndCrlfFilesStillParse() throws IOException {
        Path file = write("cr-crlf.csv", "id,note,tail\r\n1,\"a\rb\",t\r\n2,\"c\r\nd\",u\r\n");

        run(ImportSpec.builder().setFile(file).build());

        assertThat(rows()).containsExactly(List.of(1L, "a\rb", "t"), List.of(2L, "c\r\nd", "u"));
    }

    /**
     * The defect: after {@code "a\rb\nc"} (a lone CR, then a lone LF, inside quotes) the lines after the record were
     * numbered one low: FastCSV 3.4.0 took the LF for the second half of a CRLF begun by the CR before the "b".
     */
    @Test
    void aLoneCarriageReturnThenALineFeedInOneQuotedFieldCountAsTwoLines() throws IOException {
        Path file = write("cr-lf.csv", "id,n,note\n1,5,\"a\rb\nc\"\n2,x,d\n3,7,e\n");

        ImportResult result = run(ImportSpec.builder().setFile(file).optType("n", "integer").optMaxRejects(5)
                .build());

        assertThat(rows()).containsExactly(List.of(1L, 5L, "a\rb\nc"), List.of(3L, 7L, "e"));
        assertThat(sink.onlyWriter().rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).as("line of '2,x,d': header, three lines of row 1, then it").isEqualTo(5);
            assertThat(r.column()).isEqualTo("n");
        });
        assertThat(result.lines()).isEqualTo(new ImportLines(6, 1, 0, 2));
        assertThat(result.lines().accountsFor(result.rows(), result.rejected())).isTrue();
    }

    /**
     * The defect: with the default limit, a tiny file whose quote never closes stopped with "Fix the column types or
     * raise Max rejects"; the quote, the real cause, went unnamed.
     */
    @Test
    void anUnclosedQuoteThatStopsASmallImportIsNamedWithTheLineWhereItOpened() throws IOException {
        Path file = write("tiny-open.csv", "id,name\n1,a\n2,\"b\n3,c\n4,d\n");

        assertThatThrownBy(() -> run(ImportSpec.builder().setFile(file).build()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("tiny-open.csv line 3: an unclosed quote opened on line 3"
                            + " runs to the end of the file (lines 3–5)")
                            .contains("3 of 4 rows were rejected")
                            .doesNotContain("column types");
                });
        assertThat(sink.onlyWriter().aborted()).isTrue();
    }

    /**
     * The tiny-file path: the sniffer read the whole file as its head, so the record an unclosed quote opened stayed
     * in the evidence (a truncated head drops its last record) and the header went undetected: the header loaded as
     * a data row and the import reported success.
     */
    @Test
    void anUnclosedQuoteInATinyFileDoesNotHideItsHeader() throws IOException {
        Path file = write("tiny-header.csv", "id,name,score\n1,\"bob,20\n");

        assertThatThrownBy(() -> run(ImportSpec.builder().setFile(file).build()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getMessage())
                        .startsWith("tiny-header.csv line 2: an unclosed quote opened on line 2 runs to the end of"
                                + " the file"));
        assertThat(sink.onlyWriter().draft().columns()).extracting(c -> c.header())
                .containsExactly("id", "name", "score");
        assertThat(sink.onlyWriter().rows()).isEmpty();
    }

    @Test
    void underAGivenLimitTheRefusalAlsoNamesTheQuote() throws IOException {
        Path file = write("tiny-given.csv", "id,name\n1,a\n2,\"b\n3,c\n");

        assertThatThrownBy(() -> run(ImportSpec.builder().setFile(file).optMaxRejects(1).build()))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getMessage())
                        .contains("unclosed quote opened on line 3").doesNotContain("column types"));
    }
}
