package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.importing.columns.InferredColumn;
import io.campaignlab.engine.importing.csv.CsvDialect;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Files as people have them: aligned columns, row ids, integer codes, digit dates, amounts and a few bad values. */
class ColumnInferenceImportTest {

    @TempDir
    Path dir;

    private final RecordingDatasetSink sink = new RecordingDatasetSink();
    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ImportResult run(ImportPlan plan) {
        return new ImportJob(plan, sink, repository).run(ProgressListener.none(), new CancellationToken());
    }

    private static ImportPlan plan(Path file) {
        return ImportPlanner.plan(ImportSpec.builder().setFile(file).build());
    }

    @Test
    void whitespaceAlignedTransactionsWithDigitDatesImportAsFourTypedColumns() throws IOException {
        Path file = write("cdnow.txt", """
                  00001 19970101  1   11.77
                  00002 19970112  1   12.00
                  00002 19970112  5   77.00
                  00003 19970102  2   20.76
                  00003 19970330  2   20.76
                  00004 19970101  2   29.33
                """);
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(file)
                .optType("col_2", "timestamp:yyyyMMdd").build());

        assertThat(plan.dialect().delimiter()).isEqualTo(CsvDialect.WHITESPACE);
        assertThat(plan.dialect().delimiterName()).isEqualTo("whitespace");
        assertThat(plan.columns()).extracting(ColumnMeta::type).containsExactly(ColumnType.INTEGER,
                ColumnType.TIMESTAMP, ColumnType.INTEGER, ColumnType.DECIMAL);
        assertThat(plan.warnings()).isEmpty();
        ImportResult result = run(plan);
        assertThat(result.rows()).isEqualTo(6);
        assertThat(result.rejected()).isZero();
        Object[] first = sink.writers().get(0).rows().get(0);
        assertThat(first).containsExactly(1L, LocalDateTime.of(1997, 1, 1, 0, 0), 1L, 11.77);
    }

    @Test
    void alignedFileWithAHeaderReadsDigitDatesInADateColumnAsTimes() throws IOException {
        Path file = write("orders.txt", """
                customer    date  qty  amount
                   00001 19970101   1   11.77
                   00002 19970112   1   12.00
                   00002 19970112   5   77.00
                   00003 19970102   2   20.76
                """);
        ImportPlan plan = plan(file);

        assertThat(plan.dialect().header()).isTrue();
        ColumnMeta date = plan.columns().get(1);
        assertThat(date.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(date.format()).isEqualTo("yyyyMMdd");
        assertThat(date.role()).isEqualTo(ColumnRole.TIMESTAMP);
        assertThat(plan.reasons().get(1).typeReason()).contains("yyyyMMdd");
        assertThat(plan.columns().get(3).role()).isEqualTo(ColumnRole.REVENUE);
        assertThat(run(plan).rejected()).isZero();
        assertThat(sink.writers().get(0).rows().get(1)[1]).isEqualTo(LocalDateTime.of(1997, 1, 12, 0, 0));
    }

    @Test
    void hourDigitsInATimeColumnAreTimestampsToTheHour() throws IOException {
        StringBuilder text = new StringBuilder("event_time,clicks\n");
        for (int h = 0; h < 24; h++) {
            text.append(String.format(Locale.ROOT, "20240301%02d,%d%n", h, h % 5));
        }
        ImportPlan plan = plan(write("hours.csv", text.toString()));
        assertThat(plan.columns().get(0).type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(plan.columns().get(0).format()).isEqualTo("yyyyMMddHH");
        run(plan);
        assertThat(sink.writers().get(0).rows().get(13)[0]).isEqualTo(LocalDateTime.of(2024, 3, 1, 13, 0));
    }

    @Test
    void digitsInAColumnWithoutATimeNameStayNumbers() throws IOException {
        ImportPlan plan = plan(write("codes.csv", "zipcode9,n\n19970101,1\n19970102,2\n19970103,3\n"));
        assertThat(plan.columns().get(0).type()).isNotEqualTo(ColumnType.TIMESTAMP);
    }

    @Test
    void oneColumnWhoseValuesHoldSeparatorsIsWarnedAbout() throws IOException {
        Path file = write("odd.txt", "a b:c\n1 x:2\n3 y:4\n5 z:6\n");
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(file).optDelimiter(',').build());
        assertThat(plan.columns()).hasSize(1);
        assertThat(plan.warnings()).singleElement().asString().contains("read as one column").contains("3 of 3");
    }

    @Test
    void oneColumnOfPlainValuesIsNotWarnedAbout() throws IOException {
        ImportPlan plan = plan(write("ids.txt", "user\nu1\nu2\nu3\n"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void rowIdIsIgnoredAndIntegerCodesAreCategories() throws IOException {
        StringBuilder text = new StringBuilder("id,click,C1,banner_pos,site_type,device_type,hits\n");
        for (int i = 0; i < 60; i++) {
            text.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d%n", 1_000_000 + i * 7, i % 2,
                    1005 + i % 3, i % 4, 7 + i % 2, i % 5, i * 3 % 17));
        }
        ImportPlan plan = plan(write("ctr.csv", text.toString()));

        assertThat(plan.columns()).extracting(ColumnMeta::role).containsExactly(ColumnRole.IGNORE, ColumnRole.LABEL,
                ColumnRole.FEATURE, ColumnRole.FEATURE, ColumnRole.FEATURE, ColumnRole.FEATURE, ColumnRole.FEATURE);
        assertThat(plan.columns()).extracting(ColumnMeta::type).containsExactly(ColumnType.INTEGER,
                ColumnType.INTEGER, ColumnType.CATEGORY, ColumnType.CATEGORY, ColumnType.CATEGORY,
                ColumnType.CATEGORY, ColumnType.INTEGER);
        assertThat(plan.reasons().get(0).roleReason()).contains("row id").contains("60 of 60");
        assertThat(plan.reasons().get(2).typeReason()).contains("integer codes").contains("3 distinct");
        assertThat(plan.reasons().get(3).typeReason()).contains("'pos'");
    }

    @Test
    void everyInferenceCanBeOverriddenAndSaysSo() throws IOException {
        StringBuilder text = new StringBuilder("id,C1,amount\n");
        for (int i = 0; i < 30; i++) {
            text.append(i).append(',').append(i % 3).append(',').append(i).append(".5\n");
        }
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(write("o.csv", text.toString()))
                .optRole("id", ColumnRole.FEATURE).optType("C1", "integer").optRole("amount", ColumnRole.FEATURE)
                .build());
        assertThat(plan.columns()).extracting(ColumnMeta::role).containsExactly(ColumnRole.FEATURE,
                ColumnRole.FEATURE, ColumnRole.FEATURE);
        assertThat(plan.columns().get(1).type()).isEqualTo(ColumnType.INTEGER);
        assertThat(plan.reasons().get(0).roleReason()).isEqualTo(InferredColumn.OVERRIDDEN);
        assertThat(plan.reasons().get(1).typeReason()).isEqualTo(InferredColumn.OVERRIDDEN);
    }

    @Test
    void aUniqueUserIdKeepsItsRole() throws IOException {
        StringBuilder text = new StringBuilder("user_id,age\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(',').append(20 + i % 30).append('\n');
        }
        ImportPlan plan = plan(write("users.csv", text.toString()));
        assertThat(plan.columns().get(0).role()).isEqualTo(ColumnRole.USER_ID);
        assertThat(plan.columns().get(0).type()).isEqualTo(ColumnType.INTEGER);
    }

    @Test
    void amountNamedColumnsAreRevenue() throws IOException {
        ImportPlan plan = plan(write("o.csv", "order_value,TotalAmount,revenue_eur,net_sales,price\n"
                + "1.5,2,3,4,5\n2.5,3,4,5,6\n"));
        assertThat(plan.columns()).extracting(ColumnMeta::role).containsExactly(ColumnRole.REVENUE,
                ColumnRole.REVENUE, ColumnRole.REVENUE, ColumnRole.REVENUE, ColumnRole.PRICE);
    }

    @Test
    void oneBadAmountIsRejectedAndListedInsteadOfTurningTheColumnIntoACategory() throws IOException {
        ImportPlan plan = plan(write("amounts.csv", "order,amount\na,10.5\nb,abc\nc,7.25\nd,3.0\n"));

        assertThat(plan.columns().get(1).type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(plan.reasons().get(1).typeReason()).contains("3 of 4").contains("'abc'").contains("rejected");
        ImportResult result = run(plan);
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(1);
        Rejection rejection = sink.writers().get(0).rejections().get(0);
        assertThat(rejection.line()).isEqualTo(3);
        assertThat(rejection.column()).isEqualTo("amount");
        assertThat(rejection.reason()).contains("abc");
    }

    @Test
    void oneBadDateIsRejectedAndListedInsteadOfTurningTheColumnIntoACategory() throws IOException {
        ImportPlan plan = plan(write("dates.csv", "order,date\na,2024-03-01\nb,not-a-date\nc,2024-03-02\n"
                + "d,2024-03-04\n"));

        assertThat(plan.columns().get(1).type()).isEqualTo(ColumnType.TIMESTAMP);
        ImportResult result = run(plan);
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(sink.writers().get(0).rejections().get(0).line()).isEqualTo(3);
    }

    @Test
    void aFewCodesWithDigitsAmongNumbersKeepTheColumnTextAndLoseNoRow() throws IOException {
        StringBuilder text = new StringBuilder("InvoiceNo,Quantity\n");
        for (int i = 0; i < 300; i++) {
            text.append(i == 150 ? "C" : "").append(536_365 + i).append(",1\n");
        }
        ImportPlan plan = plan(write("retail.csv", text.toString()));
        assertThat(plan.columns().get(0).type()).isEqualTo(ColumnType.CATEGORY);
        assertThat(run(plan).rejected()).isZero();
    }

    @Test
    void aColumnThatIsMostlyNumbersIsNeverTypedSoThatTheSampleExceedsTheDefaultRejectLimit() {
        RejectLimit limit = new RejectLimit(-1);
        for (long n = 1; n <= 20_000; n++) {
            long mostBad = Math.max(1, n / 100);
            if (io.campaignlab.engine.importing.columns.TypeInference.fewBad(mostBad, n)) {
                assertThat(limit.exceeded(mostBad, n)).as("%d bad of %d", mostBad, n).isFalse();
            }
        }
    }

    @Test
    void manyBadValuesStillMakeACategory() throws IOException {
        ImportPlan plan = plan(write("sizes.csv", "size\n1\n2\nXL\nL\n3\n"));
        assertThat(plan.columns().get(0).type()).isEqualTo(ColumnType.CATEGORY);
    }
}
