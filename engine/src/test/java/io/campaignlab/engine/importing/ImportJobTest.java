package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.csv.RecordLines;
import io.campaignlab.engine.importing.csv.SourceFile;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportJobTest {

    @TempDir
    Path dir;

    private final RecordingDatasetSink sink = new RecordingDatasetSink();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Lines as a text editor counts them: CR, LF and CRLF each end one; a last line needs no line break. */
    private static long physicalLines(String text) {
        return text.lines().count();
    }

    private static ImportSpec.Builder spec(Path file) {
        return ImportSpec.builder().setFile(file);
    }

    private ImportResult run(ImportSpec spec) {
        return run(spec, new CancellationToken());
    }

    private ImportResult run(ImportSpec spec, CancellationToken cancel) {
        ImportPlan plan = ImportPlanner.plan(spec);
        return new ImportJob(plan, sink, repository).run(ProgressListener.none(), cancel);
    }

    private static List<List<Object>> values(List<Object[]> rows) {
        return rows.stream().map(Arrays::asList).toList();
    }

    /** {@code count} data rows "i,name_i,i*10", with the rows at {@code badRows} (0-based) missing a field. */
    private static String fileWithRaggedRows(int count, int... badRows) {
        StringBuilder sb = new StringBuilder("id,name,score\n");
        for (int i = 0; i < count; i++) {
            final int row = i;
            boolean bad = Arrays.stream(badRows).anyMatch(b -> b == row);
            sb.append(i).append(",name_").append(i % 7);
            if (!bad) {
                sb.append(',').append(i * 10);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void cleanFileLoadsEveryRowWithJavaTypes() throws IOException {
        Path file = write("clean.csv", """
                id,price,active,created,name
                1,2.5,yes,2024-03-01T12:00:00,alice
                2,,no,2024-03-02T08:30:00,
                3,4.25,,2024-03-03T00:00:00Z,carol
                4,10,yes,,bob
                """);

        ImportResult result = run(spec(file).setName("clean").build());

        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.rejected()).isZero();
        RecordingDatasetSink.RecordingWriter writer = sink.onlyWriter();
        assertThat(writer.committed()).isTrue();
        assertThat(writer.aborted()).isFalse();
        assertThat(writer.committedRejectedRows()).isZero();
        assertThat(writer.draft().columns()).extracting(ColumnMeta::type).containsExactly(ColumnType.INTEGER,
                ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.TIMESTAMP, ColumnType.CATEGORY);
        assertThat(values(writer.rows())).containsExactly(
                Arrays.asList(1L, 2.5, true, LocalDateTime.of(2024, 3, 1, 12, 0), "alice"),
                Arrays.asList(2L, null, false, LocalDateTime.of(2024, 3, 2, 8, 30), null),
                Arrays.asList(3L, 4.25, null, LocalDateTime.of(2024, 3, 3, 0, 0), "carol"),
                Arrays.asList(4L, 10.0, true, null, "bob"));
        assertThat(writer.rows().get(0)).hasExactlyElementsOfTypes(Long.class, Double.class, Boolean.class,
                LocalDateTime.class, String.class);
    }

    @Test
    void committedDatasetCarriesNameHashAndSourcePath() throws Exception {
        Path file = write("meta.csv", "id,name\n1,a\n2,b\n");
        String sha = SourceFile.inspect(file, null).sha256();

        ImportResult result = run(spec(file).build());

        assertThat(result.dataset().name()).isEqualTo("meta");
        assertThat(result.sha256()).isEqualTo(sha);
        DatasetDraft draft = sink.onlyWriter().draft();
        assertThat(draft.sha256()).isEqualTo(sha);
        assertThat(draft.sourceFile()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(draft.kind()).isEqualTo(DatasetKind.TABLE);
    }

    @Test
    void raggedRowIsRejectedWithLineAndReasonWhileOthersLoad() throws IOException {
        Path file = write("ragged.csv", "id,name,score\n1,alice,10\n2,bob\n3,carol,30\n");

        ImportResult result = run(spec(file).setName("ragged").optMaxRejects(10).build());

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        RecordingDatasetSink.RecordingWriter writer = sink.onlyWriter();
        assertThat(writer.committed()).isTrue();
        assertThat(writer.committedRejectedRows()).isEqualTo(1);
        assertThat(values(writer.rows())).containsExactly(List.of(1L, "alice", 10L), List.of(3L, "carol", 30L));
        assertThat(writer.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.column()).isNull();
            assertThat(r.reason()).contains("expected 3 fields but found 2");
            assertThat(r.rawRecord()).isEqualTo("2,bob");
        });
    }

    @Test
    void rowWithTooManyFieldsIsRejected() throws IOException {
        Path file = write("long.csv", "id,name\n1,alice\n2,bob,extra\n3,carol\n");

        ImportResult result = run(spec(file).setName("long").optMaxRejects(10).build());

        assertThat(result.rows()).isEqualTo(2);
        assertThat(sink.onlyWriter().rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("expected 2 fields but found 3");
        });
    }

    @Test
    void unclosedQuoteIsRejectedWithAnExplanation() throws IOException {
        Path file = write("unclosed.csv", "id,name,score\n1,alice,10\n2,\"bob,20\n3,carol,30\n");

        ImportResult result = run(spec(file).setName("unclosed").optMaxRejects(10).build());

        assertThat(result.rows()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(sink.onlyWriter().rejections()).extracting(Rejection::line).containsExactly(3L, 4L);
        assertThat(sink.onlyWriter().rejections()).allSatisfy(r ->
                assertThat(r.reason()).contains("unclosed quote opened on line 3"));
    }

    /** The defect: a stray quote merged the rows after it into a text field, and the import said nothing. */
    @Test
    void anUnbalancedQuoteRejectsTheLinesItSwallowedInsteadOfLoadingThemIntoAField() throws IOException {
        Path file = write("stray.csv", "id,name,note\n1,a,x\n2,b,y\n3,c,\"oops\n4,d,z\n");

        ImportResult result = run(spec(file).setName("stray").optMaxRejects(100).build());

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(values(sink.onlyWriter().rows())).containsExactly(List.of(1L, "a", "x"), List.of(2L, "b", "y"));
        assertThat(sink.onlyWriter().rejections()).satisfiesExactly(
                r -> {
                    assertThat(r.line()).isEqualTo(4);
                    assertThat(r.column()).isEqualTo("note");
                    assertThat(r.rawValue()).isEqualTo("3,c,\"oops");
                    assertThat(r.reason()).isEqualTo("unclosed quote opened on line 4 runs to the end of the file"
                            + " (lines 4–5)");
                },
                r -> {
                    assertThat(r.line()).isEqualTo(5);
                    assertThat(r.column()).isNull();
                    assertThat(r.rawRecord()).isEqualTo("4,d,z");
                    assertThat(r.reason()).startsWith("unclosed quote opened on line 4");
                });
    }

    @Test
    void aQuotedFieldSpanningMoreLinesThanTheLimitRejectsEachOfThem() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,note\n1,a,\"oops\n");
        int swallowed = RecordLines.MAX_FIELD_LINES;
        for (int i = 2; i < 2 + swallowed; i++) {
            csv.append(i).append(",n").append(i).append(",t\n");
        }
        csv.append("99,z,end\"\n100,ok,fine\n");
        Path file = write("swallow.csv", csv.toString());

        ImportResult result = run(spec(file).setName("swallow").optMaxRejects(100).build());

        long spanned = swallowed + 2;
        assertThat(result.rows()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(spanned);
        assertThat(sink.onlyWriter().rejections()).extracting(Rejection::line)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(2, 1 + spanned).boxed().toList());
        assertThat(sink.onlyWriter().rejections().get(0).reason()).isEqualTo("a quoted field opened on line 2 runs"
                + " over " + spanned + " lines, more than the " + RecordLines.MAX_FIELD_LINES + " allowed; most likely"
                + " an unclosed quote (lines 2–" + (1 + spanned) + ")");
        assertThat(sink.onlyWriter().rejections()).last().satisfies(r -> assertThat(r.rawRecord())
                .isEqualTo("99,z,end\""));
        assertThat(values(sink.onlyWriter().rows())).containsExactly(List.of(100L, "ok", "fine"));
    }

    @Test
    void aQuotedFieldSpanningAFewLinesLoadsAndItsLinesAreAccountedFor() throws IOException {
        Path file = write("spans.csv", "id,note\n1,\"two\nlines\"\n\n2,plain\n3,\"three\r\nshort\nlines\"\n\n\n");

        ImportResult result = run(spec(file).setName("spans").optMaxRejects(100).build());

        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.rejected()).isZero();
        assertThat(result.lines()).isEqualTo(new ImportLines(10, 1, 3, 3));
        assertThat(result.lines().accountsFor(result.rows(), result.rejected())).isTrue();
    }

    @Test
    void unclosedQuoteLinesAreAccountedForAsRejectedRows() throws IOException {
        Path file = write("unclosed-lines.csv", "id,name,note\n1,a,x\n2,b,\"y\n3,c,z\n\n");

        ImportResult result = run(spec(file).setName("unclosed-lines").optMaxRejects(100).build());

        assertThat(result.rows()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.lines()).isEqualTo(new ImportLines(5, 1, 1, 0));
        assertThat(result.lines().accountsFor(result.rows(), result.rejected())).isTrue();
        assertThat(sink.onlyWriter().rejections()).extracting(Rejection::rawRecord)
                .containsExactly("2,b,\"y", "3,c,z");
    }

    @Test
    void aClosedQuoteOnTheLastLineIsTrusted() throws IOException {
        Path file = write("closed-last.csv", "id,note\n1,x\n2,\"two\nlines\"");

        ImportResult result = run(spec(file).setName("closed-last").optMaxRejects(100).build());

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).isZero();
        assertThat(result.lines()).isEqualTo(new ImportLines(4, 1, 0, 1));
    }

    @Test
    void wrongTypeUnderAnExplicitTypeIsRejectedWithColumnValueAndReason() throws IOException {
        Path file = write("typed.csv", "id,qty,note\n1,5,a\n2,seven,b\n3,7,c\n");

        ImportResult result = run(spec(file).setName("typed").optType("qty", "integer").optMaxRejects(5).build());

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.rejectedCells()).isEqualTo(1);
        assertThat(values(sink.onlyWriter().rows())).containsExactly(List.of(1L, 5L, "a"), List.of(3L, 7L, "c"));
        assertThat(sink.onlyWriter().rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.column()).isEqualTo("qty");
            assertThat(r.rawValue()).isEqualTo("seven");
            assertThat(r.reason()).contains("integer").contains("seven");
            assertThat(r.rawRecord()).isEqualTo("2,seven,b");
        });
    }

    @Test
    void everyBadValueOfARowIsReportedButTheRowCountsOnce() throws IOException {
        Path file = write("two-bad.csv", "a,b,c\n1,2,x\nfoo,bar,y\n3,4,z\n");

        ImportResult result = run(spec(file).setName("two-bad").optType("a", "integer").optType("b", "integer")
                .optMaxRejects(5).build());

        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.rejectedCells()).isEqualTo(2);
        assertThat(sink.onlyWriter().rejections()).extracting(Rejection::column).containsExactly("a", "b");
        assertThat(sink.onlyWriter().rejections()).extracting(Rejection::line).containsOnly(3L);
    }

    @Test
    void lineNumbersCountQuotedNewlinesOfEarlierRecords() throws IOException {
        Path file = write("multiline.csv", "id,note,n\n1,\"first\nsecond\",5\n2,ok,x\n3,fine,7\n");

        ImportResult result = run(spec(file).setName("multiline").optType("n", "integer").optMaxRejects(5).build());

        assertThat(result.rows()).isEqualTo(2);
        assertThat(values(sink.onlyWriter().rows()).get(0)).containsExactly(1L, "first\nsecond", 5L);
        assertThat(sink.onlyWriter().rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.column()).isEqualTo("n");
            assertThat(r.rawValue()).isEqualTo("x");
        });
    }

    @Test
    void lineNumbersCountBlankLinesAndCrlf() throws IOException {
        Path file = write("blank.csv", "id,n\r\n1,5\r\n\r\n2,x\r\n3,7\r\n");

        run(spec(file).setName("blank").optType("n", "integer").optMaxRejects(5).build());

        assertThat(sink.onlyWriter().rejections()).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(4));
    }

    @Test
    void maxRejectsZeroAbortsOnTheFirstBadRow() throws IOException {
        Path file = write("strict.csv", fileWithRaggedRows(10, 4));

        assertThatThrownBy(() -> run(spec(file).setName("strict").optMaxRejects(0).build()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("more than 0 rows");
        RecordingDatasetSink.RecordingWriter writer = sink.onlyWriter();
        assertThat(writer.aborted()).isTrue();
        assertThat(writer.committed()).isFalse();
    }

    @Test
    void defaultLimitAbortsWhenMoreThanOnePercentIsRejected() throws IOException {
        int[] bad = java.util.stream.IntStream.range(0, 250).map(i -> 40 + i * 79).toArray();
        Path file = write("250-of-20000.csv", fileWithRaggedRows(20_000, bad));

        assertThatThrownBy(() -> run(spec(file).setName("many").build()))
                .isInstanceOf(ImportException.class)
                .hasMessage("250-of-20000.csv: 250 of 20,000 rows were rejected, more than the default limit of 200"
                        + " (1% of the rows, but at least 100 and at most half of them); nothing was imported. Fix the"
                        + " column types or raise Max rejects");
        assertThat(sink.onlyWriter().aborted()).isTrue();
        assertThat(sink.onlyWriter().committed()).isFalse();
    }

    /** The defect: the default of 1% was 0 rows on a small file, so one bad row aborted a 4-row import. */
    @Test
    void oneBadRowInASmallFileIsRejectedUnderTheDefaultLimitInsteadOfAbortingTheImport() throws IOException {
        Path file = write("four.csv", fileWithRaggedRows(4, 2));

        ImportResult result = run(spec(file).setName("four").build());

        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(sink.onlyWriter().committed()).isTrue();
    }

    @Test
    void theDefaultLimitStillAbortsWhenMostOfASmallFileIsRejected() throws IOException {
        Path file = write("mostly-bad.csv", fileWithRaggedRows(4, 0, 1, 3));

        assertThatThrownBy(() -> run(spec(file).setName("mostly").build()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("3 of 4 rows were rejected, more than the default limit of 2");
        assertThat(sink.onlyWriter().aborted()).isTrue();
    }

    @Test
    void failuresNameSettingsAsTheWizardDoesAndTheCommandLineCanNameItsOptions() throws IOException {
        Path file = write("strict-names.csv", fileWithRaggedRows(10, 4));

        assertThatThrownBy(() -> run(spec(file).setName("strict").optMaxRejects(0).build()))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("strict-names.csv line 6: more than 0 rows were rejected"
                            + " (Max rejects 0); nothing was imported. See the first rejections with a higher Max"
                            + " rejects");
                    assertThat(e.message(setting -> "--" + setting.name().toLowerCase(java.util.Locale.ROOT)))
                            .contains("(--max_rejects 0)");
                });
    }

    @Test
    void defaultLimitAllowsOnePercent() throws IOException {
        Path file = write("one-of-200.csv", fileWithRaggedRows(200, 150));

        ImportResult result = run(spec(file).setName("one").build());

        assertThat(result.rows()).isEqualTo(199);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(sink.onlyWriter().committed()).isTrue();
        assertThat(sink.onlyWriter().committedRejectedRows()).isEqualTo(1);
        assertThat(sink.onlyWriter().rejections()).singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(152));
    }

    @Test
    void cancelledImportAbortsTheWriter() throws IOException {
        Path file = write("cancel.csv", fileWithRaggedRows(20));
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();

        assertThatThrownBy(() -> run(spec(file).setName("cancel").build(), cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(sink.onlyWriter().aborted()).isTrue();
        assertThat(sink.onlyWriter().committed()).isFalse();
    }

    @Test
    void duplicateFileIsRefusedBeforeAnyWriterBegins() throws Exception {
        Path file = write("dup.csv", "id,name\n1,a\n2,b\n");
        String sha = SourceFile.inspect(file, null).sha256();
        repository.add(new DatasetInfo(7, "earlier", DatasetKind.TABLE, "/old/dup.csv", sha, 2, 0, Instant.EPOCH,
                List.of()));

        assertThatThrownBy(() -> run(spec(file).setName("again").build()))
                .isInstanceOfSatisfying(DuplicateDatasetException.class, e -> {
                    assertThat(e.existing().name()).isEqualTo("earlier");
                    assertThat(e.getMessage()).contains("earlier");
                });
        assertThat(sink.writers()).isEmpty();
    }

    @Test
    void existingNameIsRefusedBeforeAnyWriterBegins() throws Exception {
        Path file = write("named.csv", "id,name\n1,a\n2,b\n");
        repository.add(new DatasetInfo(3, "taken", DatasetKind.TABLE, "/other.csv", "0".repeat(64), 2, 0,
                Instant.EPOCH, List.of()));

        assertThatThrownBy(() -> run(spec(file).setName("taken").build()))
                .isInstanceOf(ImportException.class)
                .isNotInstanceOf(DuplicateDatasetException.class)
                .hasMessageContaining("taken");
        assertThat(sink.writers()).isEmpty();
    }

    @Test
    void loadedPlusRejectedRowsEqualDataRecordsInMessyFiles() throws IOException {
        Random random = new Random(42);
        for (int trial = 0; trial < 6; trial++) {
            RecordingDatasetSink trialSink = new RecordingDatasetSink();
            StringBuilder sb = new StringBuilder("id,amount,flag,note\n");
            int records = 50 + random.nextInt(250);
            int expectedBad = 0;
            for (int i = 0; i < records; i++) {
                String newline = random.nextBoolean() ? "\n" : "\r\n";
                if (random.nextInt(15) == 0) {
                    sb.append(newline);
                }
                String id = Integer.toString(i);
                String amount = random.nextInt(10) == 0 ? "" : String.format(java.util.Locale.ROOT, "%.2f",
                        random.nextDouble() * 100);
                String flag = random.nextInt(10) == 0 ? "" : (random.nextBoolean() ? "yes" : "no");
                String note = switch (random.nextInt(5)) {
                    case 0 -> "plain";
                    case 1 -> "\"with, comma\"";
                    case 2 -> "\"with \"\"quotes\"\"\"";
                    case 3 -> "\"two" + newline + "lines\"";
                    default -> "";
                };
                int kind = random.nextInt(12);
                if (kind == 0) {
                    sb.append(id).append(',').append(amount).append(',').append(flag).append(newline);
                    expectedBad++;
                } else if (kind == 1) {
                    sb.append(id).append(',').append(amount).append(',').append(flag).append(',').append(note)
                            .append(",extra").append(newline);
                    expectedBad++;
                } else if (kind == 2) {
                    sb.append("id").append(i).append(',').append(amount).append(',').append(flag).append(',')
                            .append(note).append(newline);
                    expectedBad++;
                } else {
                    sb.append(id).append(',').append(amount).append(',').append(flag).append(',').append(note)
                            .append(newline);
                }
            }
            assertThat(expectedBad).as("the generator made some bad records").isPositive();
            Path file = write("messy-" + trial + ".csv", sb.toString());
            ImportSpec spec = spec(file).setName("messy" + trial).optType("id", "integer")
                    .optType("amount", "decimal").optType("flag", "boolean").optType("note", "text")
                    .optMaxRejects(1_000_000).build();

            ImportResult result = new ImportJob(ImportPlanner.plan(spec), trialSink, repository)
                    .run(ProgressListener.none(), new CancellationToken());

            assertThat(result.rows() + result.rejected()).as("trial %d", trial).isEqualTo(records);
            assertThat(result.rejected()).as("trial %d", trial).isEqualTo(expectedBad);
            assertThat(trialSink.onlyWriter().rows()).hasSize((int) result.rows());
            assertThat(trialSink.onlyWriter().rejections()).extracting(Rejection::line).doesNotHaveDuplicates()
                    .hasSize(expectedBad);
            assertThat(result.lines().lines()).as("trial %d", trial).isEqualTo(physicalLines(sb.toString()));
            assertThat(result.lines().accountsFor(result.rows(), result.rejected())).as("trial %d", trial).isTrue();
        }
    }
}
