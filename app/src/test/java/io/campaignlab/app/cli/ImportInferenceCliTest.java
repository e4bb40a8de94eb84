package io.campaignlab.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import} says why each column got its type and role, warns about a one-column read, and reads sheets. */
class ImportInferenceCliTest {

    @TempDir
    Path dir;

    private String ws() {
        return dir.resolve("ws").toString();
    }

    @Test
    void jsonGivesEachColumnsReasonsAndOverridesSaySo() throws Exception {
        StringBuilder text = new StringBuilder("id   click  C1   banner_pos   date      amount\n");
        for (int i = 0; i < 40; i++) {
            text.append(String.format(Locale.ROOT, "%d  %d  %d  %d  202403%02d  %d.25%n", 90_000 + i, i % 2,
                    1005 + i % 3, i % 4, 1 + i % 28, i));
        }
        Path file = Files.writeString(dir.resolve("ctr.txt"), text.toString());

        JsonNode json = CliRun.of("import", file.toString(), "--workspace", ws(), "--type", "banner_pos=integer",
                "--json").json();

        assertThat(json.get("delimiter").asText()).isEqualTo(" ");
        JsonNode columns = json.get("columns");
        assertThat(columns.get(0).get("role").asText()).isEqualTo("ignore");
        assertThat(columns.get(0).get("role_reason").asText()).contains("row id").contains("40 of 40");
        assertThat(columns.get(2).get("type").asText()).isEqualTo("category");
        assertThat(columns.get(2).get("type_reason").asText()).contains("integer codes");
        assertThat(columns.get(3).get("type").asText()).isEqualTo("integer");
        assertThat(columns.get(3).get("type_reason").asText()).isEqualTo("set by the user");
        assertThat(columns.get(4).get("type").asText()).isEqualTo("timestamp");
        assertThat(columns.get(4).get("format").asText()).isEqualTo("yyyyMMdd");
        assertThat(columns.get(5).get("role").asText()).isEqualTo("revenue");
        assertThat(json.get("warnings")).isEmpty();
    }

    @Test
    void aOneColumnReadIsWarnedAboutAndASheetIsChosenByName() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "note\nhello world\nfoo bar baz\nx y\n"
                + "plain words here too\n");
        CliRun run = CliRun.of("import", notes.toString(), "--workspace", ws());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Warning: the file was read as one column, but 4 of 4 sample values hold");

        Path book = dir.resolve("book.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            workbook.createSheet("Empty").createRow(0).createCell(0).setCellValue("nothing");
            Sheet sales = workbook.createSheet("Sales");
            sales.createRow(0).createCell(0).setCellValue("sales");
            for (int r = 1; r <= 4; r++) {
                Row row = sales.createRow(r);
                row.createCell(0).setCellValue(String.valueOf(r * 10));
            }
            workbook.write(out);
        }
        JsonNode json = CliRun.of("import", book.toString(), "--sheet", "Sales", "--workspace", ws(), "--json")
                .json();
        assertThat(json.get("sheet").asText()).isEqualTo("Sales");
        assertThat(json.get("rows").asLong()).isEqualTo(4);
        assertThat(json.get("columns").get(0).get("type").asText()).isEqualTo("integer");
        assertThat(json.get("columns").get(0).get("role").asText()).isEqualTo("revenue");
    }
}
