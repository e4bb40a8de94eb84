package io.campaignlab.views.importing;

import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportWizardViewModelTest {

    @TempDir
    Path dir;

    private final MemoryWorkspace workspace = new MemoryWorkspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> imported = new ArrayList<>();
    private final ImportWizardViewModel viewModel = new ImportWizardViewModel(() -> workspace,
            new ImmediateJobExecutor(workspace::runner), dialogs, imported::add, Runnable::run);

    private ColumnChoice column(String name) {
        return viewModel.settings().columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private void toColumns() {
        viewModel.next();
        viewModel.next();
        assertThat(viewModel.progress().step().get()).isEqualTo(WizardStep.COLUMNS);
    }

    @Test
    void theNameDefaultsToTheFileAndMustBeNewAndNotBlank() throws IOException {
        workspace.withDataset("events");
        viewModel.start(SampleFiles.events(dir, false));

        assertThat(viewModel.settings().name().get()).isEqualTo("events");
        assertThat(viewModel.checks().nameError().get())
                .isEqualTo("A dataset named 'events' already exists; choose another name.");
        assertThat(viewModel.progress().canGoNext().get()).isFalse();

        viewModel.settings().name().set("  ");
        assertThat(viewModel.checks().nameError().get()).isEqualTo("Give the dataset a name.");

        viewModel.settings().name().set("events_jan");
        assertThat(viewModel.checks().nameError().get()).isEmpty();
        assertThat(viewModel.progress().canGoNext().get()).isTrue();
    }

    @Test
    void aChosenFileIsReadForThePreview() throws IOException {
        dialogs.choose(SampleFiles.events(dir, false));
        viewModel.start(null);

        viewModel.chooseFile();

        assertThat(viewModel.preview().fileSummary().get()).startsWith("events.csv · ")
                .endsWith("comma-separated, UTF-8, with a header row · 5 columns");
        assertThat(viewModel.preview().headers()).containsExactly("user_id", "event", "ts", "amount", "day");
        assertThat(viewModel.preview().rows()).hasSize(SampleFiles.EVENT_ROWS);
        assertThat(viewModel.preview().rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void changingTheDelimiterReadsTheFileAgainWithIt() throws IOException {
        viewModel.start(SampleFiles.events(dir, false));
        assertThat(viewModel.settings().delimiter().get()).isEqualTo(Delimiter.COMMA);

        viewModel.settings().delimiter().set(Delimiter.SEMICOLON);

        assertThat(viewModel.preview().plan().get().spec().delimiter()).isEqualTo(';');
        assertThat(viewModel.preview().plan().get().dialect().delimiter()).isEqualTo(';');
        assertThat(viewModel.preview().headers()).containsExactly("user_id,event,ts,amount,day");
        assertThat(viewModel.settings().columns()).hasSize(1);
    }

    @Test
    void aFileThatCannotBeReadIsExplainedOnTheFirstStep() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        viewModel.start(empty);

        assertThat(viewModel.preview().planError().get()).contains("the file is empty");
        assertThat(viewModel.progress().canGoNext().get()).isFalse();
    }

    private Path notes() throws IOException {
        return Files.writeString(dir.resolve("notes.csv"),
                "id,name,note\n1,a,\"two\nlines\"\n2,b,y\n3,c,\"oops\n4,d,z\n");
    }

    @Test
    void thePreviewSaysWhichRowsSpanLinesAndWhichWillBeRejected() throws IOException {
        viewModel.start(notes());

        assertThat(viewModel.preview().rows()).extracting(PreviewLines::lineLabel).containsExactly("2–3", "4", "5–6 ✗");
        assertThat(viewModel.preview().lines().get()).isEqualTo("Rejected line by line: unclosed quote opened"
                + " on line 5 runs to the end of the file (lines 5–6). Lines 2–3 are one row: a quoted field spans 2"
                + " lines.");
    }

    @Test
    void theSummaryAccountsForEveryLineOfTheFile() throws IOException {
        viewModel.start(notes());
        toColumns();
        viewModel.settings().maxRejects().set("10");

        viewModel.startImport();

        ImportSummary summary = viewModel.progress().summary().get();
        assertThat(summary.text()).startsWith("2 rows loaded, 2 rows rejected, ");
        assertThat(summary.linesText()).isEqualTo("All 6 lines of the file: 1 header line, 2 rows loaded, 2 rows"
                + " rejected, 1 continuation line of quoted fields that span lines");
    }

    /** The defect: a PNG went through the wizard as "comma-separated, ISO-8859-1, 1 column". */
    @Test
    void aBinaryFileIsExplainedOnTheFirstStep() throws IOException {
        byte[] png = new byte[2048];
        new java.util.Random(5).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        viewModel.start(Files.write(dir.resolve("chart.png"), png));

        assertThat(viewModel.preview().planError().get()).isEqualTo("chart.png: looks like a PNG image, not a delimited"
                + " text file; export the data as CSV and import that");
        assertThat(viewModel.preview().fileSummary().get()).isEmpty();
        assertThat(viewModel.progress().canGoNext().get()).isFalse();
    }

    @Test
    void aWrongEncodingIsExplainedInTheWizardsWordsNotTheCommandLines() throws IOException {
        Path file = Files.write(dir.resolve("latin.csv"), "id,name\n1,caf\u00e9\n2,na\u00efve\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        viewModel.start(file);

        viewModel.settings().charset().set(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(viewModel.preview().planError().get()).isEqualTo("latin.csv: is not valid UTF-8 text near its start;"
                + " give the encoding with the Encoding choice of the preview");
    }

    @Test
    void aTypeOverrideFlowsIntoTheImportSpecAndTheImport() throws IOException {
        viewModel.start(SampleFiles.events(dir, false));
        toColumns();
        ColumnChoice day = column("day");
        assertThat(day.settings().type().get()).isEqualTo(ColumnType.INTEGER);

        day.settings().type().set(ColumnType.TIMESTAMP);
        day.settings().format().set("yyyyMMdd");

        assertThat(day.sample().problem().get()).isEmpty();
        assertThat(viewModel.importSpec().types()).containsExactly(Map.entry("day", "timestamp:yyyyMMdd"));
        assertThat(viewModel.importSpec().roles()).isEmpty();

        viewModel.startImport();

        Object firstDay = workspace.rows("events").get(0)[4];
        assertThat(firstDay).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
    }

    @Test
    void aTypeTheSampleContradictsIsExplainedAndHoldsTheImportBack() throws IOException {
        viewModel.start(SampleFiles.events(dir, false));
        toColumns();

        column("event").settings().type().set(ColumnType.INTEGER);

        assertThat(column("event").sample().problem().get()).isEqualTo("an integer column must parse as whole"
                + " numbers; 12 of 12 sample values don't parse: line 2 'click' is not an integer");
        assertThat(column("event").sample().severity().get()).isEqualTo(ColumnChoice.Severity.ERROR);
        assertThat(viewModel.progress().canImport().get()).isFalse();

        column("event").settings().type().set(ColumnType.CATEGORY);
        assertThat(column("event").sample().problem().get()).isEmpty();
        assertThat(viewModel.progress().canImport().get()).isTrue();
    }

    @Test
    void aFewBadValuesAreAWarningThatTheirRowsWillBeRejected() throws IOException {
        viewModel.start(SampleFiles.events(dir, true));
        toColumns();

        column("amount").settings().type().set(ColumnType.INTEGER);

        assertThat(column("amount").sample().severity().get()).isEqualTo(ColumnChoice.Severity.WARNING);
        assertThat(column("amount").sample().problem().get()).contains("1 of 12 sample values don't parse: line 7")
                .endsWith("; those rows will be rejected");
        assertThat(viewModel.progress().canImport().get()).isTrue();
    }

    /**
     * The defect: the wizard warned that the row with a bad value would be rejected, and then the import aborted on
     * it, because the default limit of 1% was 0 rows. The wizard and the import now apply the same limit.
     */
    @Test
    void aFewBadValuesAreRejectedAsTheWizardSaidAndTheImportGoesOn() throws IOException {
        viewModel.start(SampleFiles.events(dir, true));
        toColumns();
        column("amount").settings().type().set(ColumnType.INTEGER);

        assertThat(viewModel.checks().sampleRejects().get()).isEqualTo("1 of 12 sample rows will be rejected and"
                + " listed, within the default limit of 6 (1% of the rows, but at least 100 and at most half of"
                + " them).");
        assertThat(viewModel.checks().sampleOverLimit().get()).isFalse();

        viewModel.startImport();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(viewModel.progress().summary().get().text()).startsWith("11 rows loaded, 1 row rejected, ");
    }

    @Test
    void whenTheSampleAloneIsOverTheLimitTheWizardSaysTheImportWouldStop() throws IOException {
        viewModel.start(SampleFiles.events(dir, true));
        toColumns();
        column("amount").settings().type().set(ColumnType.INTEGER);

        viewModel.settings().maxRejects().set("0");

        assertThat(viewModel.checks().sampleOverLimit().get()).isTrue();
        assertThat(viewModel.checks().sampleRejects().get()).isEqualTo("1 of 12 sample rows would be rejected, more"
                + " than Max rejects (0): the import would stop. Fix the column types or raise Max rejects.");
        viewModel.settings().maxRejects().set("1");
        assertThat(viewModel.checks().sampleOverLimit().get()).isFalse();
        column("amount").settings().type().set(ColumnType.DECIMAL);
        assertThat(viewModel.checks().sampleRejects().get()).isEmpty();
    }

    @Test
    void aSuccessfulImportEndsWithItsSummary() throws IOException {
        viewModel.start(SampleFiles.events(dir, false));
        toColumns();

        viewModel.startImport();

        assertThat(viewModel.progress().step().get()).isEqualTo(WizardStep.SUMMARY);
        ImportSummary summary = viewModel.progress().summary().get();
        assertThat(summary.dataset()).isEqualTo("events");
        assertThat(summary.text()).startsWith("12 rows loaded, 0 rows rejected, ");
        assertThat(imported).containsExactly("events");
        assertThat(workspace.rows("events")).hasSize(SampleFiles.EVENT_ROWS);
        assertThat(workspace.jobRecords()).singleElement().satisfies(job -> assertThat(job.kind()).isEqualTo("import"));
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aFailedImportIsShownWithItsLineAndTheWizardStaysOnTheColumns() throws IOException {
        viewModel.start(SampleFiles.events(dir, true));
        toColumns();
        column("amount").settings().type().set(ColumnType.INTEGER);
        viewModel.settings().maxRejects().set("0");

        viewModel.startImport();

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.cause()).isInstanceOf(ImportException.class);
            assertThat(shown.sentence()).isEqualTo("events.csv line 7: more than 0 rows were rejected (Max rejects 0);"
                    + " nothing was imported. See the first rejections with a higher Max rejects");
        });
        assertThat(viewModel.progress().step().get()).isEqualTo(WizardStep.COLUMNS);
        assertThat(viewModel.progress().importing().get()).isFalse();
        assertThat(viewModel.progress().canImport().get()).isTrue();
        assertThat(imported).isEmpty();
    }

    @Test
    void maxRejectsMustBeAWholeNumber() throws IOException {
        viewModel.start(SampleFiles.events(dir, false));
        toColumns();

        viewModel.settings().maxRejects().set("1%");
        assertThat(viewModel.checks().maxRejectsError().get()).startsWith("Max rejects is a whole number");
        assertThat(viewModel.progress().canImport().get()).isFalse();

        viewModel.settings().maxRejects().set("25");
        assertThat(viewModel.importSpec().maxRejects()).isEqualTo(25);
        viewModel.settings().maxRejects().set("");
        assertThat(viewModel.importSpec().maxRejects()).isEqualTo(-1);
    }

    @Test
    void aCancelledImportSaysNothingWasWritten() throws IOException {
        viewModel.start(SampleFiles.events(dir, false));
        toColumns();
        workspace.failOnBegin(new CancelledException());

        viewModel.startImport();

        assertThat(viewModel.progress().status().get()).isEqualTo("Import cancelled; nothing was written.");
        assertThat(viewModel.progress().step().get()).isEqualTo(WizardStep.COLUMNS);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(workspace.list()).isEmpty();
    }
}
