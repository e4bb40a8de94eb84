package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.importing.excel.XlsxSheets;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An Excel workbook as a marketer keeps one: a title row, merged group headers, real dates, numbers as text. */
class ExcelImportTest {

    @TempDir
    Path dir;

    private final RecordingDatasetSink sink = new RecordingDatasetSink();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    /**
     * Sheet "Orders": row 1 a title merged over A1:D1, row 2 the header, rows 3–7 orders with real dates (a date
     * format), amounts as numbers in a currency format except one stored as text and one 'n/a' (row 6).
     * Sheet "Customers": "Customer" merged over A1:B1 and "Spend" over C1:D1, the names below them in row 2.
     */
    private Path workbook() throws IOException {
        Path file = dir.resolve("campaign.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("\"$\"#,##0.00"));
            Sheet orders = book.createSheet("Orders");
            orders.createRow(0).createCell(0).setCellValue("Orders, spring 2024");
            orders.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
            Row header = orders.createRow(1);
            String[] names = {"order_id", "order_date", "amount", "qty"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Object[][] data = {
                    {101, LocalDateTime.of(2024, 3, 1, 0, 0), 1234.5, 2},
                    {102, LocalDateTime.of(2024, 3, 2, 0, 0), "12.50", 1},
                    {103, LocalDateTime.of(2024, 3, 3, 0, 0), 80.0, 4},
                    {104, LocalDateTime.of(2024, 3, 4, 0, 0), "n/a", 1},
                    {105, LocalDateTime.of(2024, 3, 5, 0, 0), 15.25, 3}};
            for (int r = 0; r < data.length; r++) {
                Row row = orders.createRow(r + 2);
                row.createCell(0).setCellValue((Integer) data[r][0]);
                row.createCell(1).setCellValue((LocalDateTime) data[r][1]);
                row.getCell(1).setCellStyle(date);
                if (data[r][2] instanceof Double d) {
                    row.createCell(2).setCellValue(d);
                    row.getCell(2).setCellStyle(money);
                } else {
                    row.createCell(2).setCellValue((String) data[r][2]);
                }
                row.createCell(3).setCellValue((Integer) data[r][3]);
            }
            Sheet customers = book.createSheet("Customers");
            Row groups = customers.createRow(0);
            groups.createCell(0).setCellValue("Customer");
            groups.createCell(2).setCellValue("Spend");
            customers.addMergedRegion(CellRangeAddress.valueOf("A1:B1"));
            customers.addMergedRegion(CellRangeAddress.valueOf("C1:D1"));
            Row sub = customers.createRow(1);
            String[] subNames = {"id", "name", "total", "currency"};
            for (int c = 0; c < subNames.length; c++) {
                sub.createCell(c).setCellValue(subNames[c]);
            }
            for (int r = 0; r < 4; r++) {
                Row row = customers.createRow(r + 2);
                row.createCell(0).setCellValue(7 + r);
                row.createCell(1).setCellValue("name " + r);
                row.createCell(2).setCellValue(String.valueOf(100 + r * 10));
                row.createCell(3).setCellValue("EUR");
            }
            book.write(out);
        }
        return file;
    }

    private ImportResult run(ImportPlan plan) {
        return new ImportJob(plan, sink, repository).run(ProgressListener.none(), new CancellationToken());
    }

    @Test
    void listsTheSheets() throws IOException {
        Path file = workbook();
        assertThat(XlsxSheets.isWorkbook(file)).isTrue();
        assertThat(XlsxSheets.sheetNames(file)).containsExactly("Orders", "Customers");
    }

    @Test
    void firstSheetSkipsItsTitleTypesDatesAndNumbersAndRejectsTheBadAmountOnItsRow() throws IOException {
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(workbook()).build());

        assertThat(plan.spec().name()).isEqualTo("campaign");
        assertThat(plan.columns()).extracting(ColumnMeta::header).containsExactly("order_id", "order_date", "amount",
                "qty");
        assertThat(plan.columns()).extracting(ColumnMeta::type).containsExactly(ColumnType.INTEGER,
                ColumnType.TIMESTAMP, ColumnType.DECIMAL, ColumnType.INTEGER);
        assertThat(plan.columns()).extracting(ColumnMeta::role).containsExactly(ColumnRole.FEATURE,
                ColumnRole.TIMESTAMP, ColumnRole.REVENUE, ColumnRole.QUANTITY);
        ImportResult result = run(plan);
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.rejected()).isEqualTo(1);
        Rejection bad = sink.writers().get(0).rejections().get(0);
        assertThat(bad.line()).isEqualTo(6);
        assertThat(bad.column()).isEqualTo("amount");
        assertThat(sink.writers().get(0).rows().get(0)).containsExactly(101L, LocalDateTime.of(2024, 3, 1, 0, 0),
                1234.5, 2L);
        assertThat(sink.writers().get(0).rows().get(1)[2]).isEqualTo(12.5);
    }

    @Test
    void secondSheetJoinsMergedGroupHeadersWithTheNamesBelow() throws IOException {
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(workbook()).optSheet("customers").build());

        assertThat(plan.columns()).extracting(ColumnMeta::header).containsExactly("Customer id", "Customer name",
                "Spend total", "Spend currency");
        assertThat(plan.columns().get(2).type()).isEqualTo(ColumnType.INTEGER);
        ImportResult result = run(plan);
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.rejected()).isZero();
        assertThat(sink.writers().get(0).rows().get(3)[2]).isEqualTo(130L);
    }

    @Test
    void aSheetOfTextWithSpacesIsNotWarnedAboutButPastedDelimitedTextIs() throws IOException {
        Path file = dir.resolve("notes.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = book.createSheet("Notes");
            Sheet pasted = book.createSheet("Pasted");
            notes.createRow(0).createCell(0).setCellValue("note");
            pasted.createRow(0).createCell(0).setCellValue("id,amount");
            for (int r = 1; r <= 4; r++) {
                notes.createRow(r).createCell(0).setCellValue("call back on monday " + r);
                pasted.createRow(r).createCell(0).setCellValue(r + "," + (r * 2.5));
            }
            book.write(out);
        }
        assertThat(ImportPlanner.plan(ImportSpec.builder().setFile(file).build()).warnings()).isEmpty();
        assertThat(ImportPlanner.plan(ImportSpec.builder().setFile(file).optSheet("Pasted").build()).warnings())
                .singleElement().asString().startsWith("the sheet has one column, but 4 of 4");
    }

    @Test
    void anUnknownSheetIsNamedWithTheSheetsThereAre() throws IOException {
        ImportSpec spec = ImportSpec.builder().setFile(workbook()).optSheet("Nope").build();
        assertThatThrownBy(() -> ImportPlanner.plan(spec)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no sheet 'Nope'").hasMessageContaining("[Orders, Customers]");
    }
}
