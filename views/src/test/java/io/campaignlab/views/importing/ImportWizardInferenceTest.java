package io.campaignlab.views.importing;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard shows why each column got its type and role, warns about a one-column read, and picks sheets. */
class ImportWizardInferenceTest {

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

    @Test
    void whitespaceAlignedFileIsReadAsColumnsWithReasons() throws IOException {
        Path file = dir.resolve("orders.txt");
        Files.writeString(file, """
                customer    date  qty  amount
                   00001 19970101   1   11.77
                   00002 19970112   1   12.00
                   00003 19970102   2   20.76
                   00004 19970101   2   29.33
                """);
        viewModel.start(file);

        assertThat(viewModel.settings().delimiter().get()).isEqualTo(Delimiter.WHITESPACE);
        assertThat(viewModel.preview().headers()).containsExactly("customer", "date", "qty", "amount");
        assertThat(viewModel.preview().warning().get()).isEmpty();
        assertThat(column("date").settings().type().get()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(column("date").reason()).contains("yyyyMMdd");
        assertThat(column("amount").settings().role().get()).isEqualTo(ColumnRole.REVENUE);
        assertThat(column("amount").reason()).contains("role revenue: 'amount' is a usual name for the revenue column");

        column("amount").settings().role().set(ColumnRole.FEATURE);
        assertThat(column("amount").reasonProperty().get()).isEqualTo("type decimal: all sample values are numbers;"
                + " role feature: your choice");
    }

    @Test
    void oneColumnWhoseValuesHoldSpacesIsWarnedAbout() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "note\nhello world\nfoo bar baz\nx y\nplain words here too\n");
        viewModel.start(file);

        assertThat(viewModel.preview().headers()).containsExactly("note");
        assertThat(viewModel.preview().warning().get()).startsWith("The file was read as one column")
                .contains("4 of 4");
    }

    @Test
    void aWorkbookOffersItsSheetsAndTheRejectPreviewAgreesWithTheImport() throws IOException {
        Path file = dir.resolve("book.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(book.createSheet("First"), "a", "b");
            Sheet second = fill(book.createSheet("Second"), "amount", "qty");
            second.getRow(3).createCell(0).setCellValue("abc");
            book.write(out);
        }
        viewModel.start(file);
        assertThat(viewModel.preview().sheets()).containsExactly("First", "Second");
        assertThat(viewModel.preview().sheet().get()).isEqualTo("First");
        assertThat(viewModel.preview().headers()).containsExactly("a", "b");

        viewModel.preview().sheet().set("Second");

        assertThat(viewModel.preview().headers()).containsExactly("amount", "qty");
        assertThat(column("amount").settings().type().get()).isEqualTo(ColumnType.DECIMAL);
        assertThat(viewModel.checks().sampleRejects().get()).startsWith("1 of 5 sample rows will be rejected");
        viewModel.next();
        viewModel.next();
        viewModel.startImport();
        assertThat(viewModel.progress().summary().get().text()).startsWith("4 rows loaded, 1 row rejected");
        assertThat(workspace.datasets().list().get(0).columns().get(0).role()).isEqualTo(ColumnRole.REVENUE);
    }

    /** A header row and five rows of numbers. */
    private static Sheet fill(Sheet sheet, String first, String second) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(first);
        header.createCell(1).setCellValue(second);
        for (int r = 1; r <= 5; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r * 1.5);
            row.createCell(1).setCellValue(r);
        }
        return sheet;
    }
}
