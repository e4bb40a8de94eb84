package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportPlannerTest {

    @TempDir
    Path dir;

    private Path retailFile() throws IOException {
        Path file = dir.resolve("online_retail.csv");
        Files.writeString(file, """
                InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
                536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom
                536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom
                536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,17851,France
                """);
        return file;
    }

    @Test
    void plansARetailFileAsTransactions() throws IOException {
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(retailFile()).build());

        assertThat(plan.spec().name()).isEqualTo("online_retail");
        assertThat(plan.kind()).isEqualTo(DatasetKind.TRANSACTIONS);
        assertThat(plan.columns()).extracting(ColumnMeta::name).containsExactly("invoice_no", "stock_code",
                "description", "quantity", "invoice_date", "unit_price", "customer_id", "country");
        ColumnMeta date = plan.columns().get(4);
        assertThat(date.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(date.format()).isEqualTo("M/d/uuuu H:mm[:ss]");
        assertThat(date.role()).isEqualTo(ColumnRole.TIMESTAMP);
        assertThat(plan.columns()).extracting(ColumnMeta::role).containsExactly(ColumnRole.FEATURE,
                ColumnRole.ITEM_ID, ColumnRole.FEATURE, ColumnRole.QUANTITY, ColumnRole.TIMESTAMP, ColumnRole.PRICE,
                ColumnRole.USER_ID, ColumnRole.FEATURE);
    }

    @Test
    void overridesMatchHeadersOrSanitizedNames() throws IOException {
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(retailFile())
                .optType("invoiceno", "category").optType("customer_id", "text")
                .optRole("Country", ColumnRole.DOMAIN).optKind(DatasetKind.TABLE).build());

        assertThat(plan.columns().get(0).type()).isEqualTo(ColumnType.CATEGORY);
        assertThat(plan.columns().get(6).type()).isEqualTo(ColumnType.TEXT);
        assertThat(plan.columns().get(7).role()).isEqualTo(ColumnRole.DOMAIN);
        assertThat(plan.kind()).isEqualTo(DatasetKind.TABLE);
    }

    @Test
    void overrideOfAnUnknownColumnIsRefused() throws IOException {
        ImportSpec spec = ImportSpec.builder().setFile(retailFile()).optType("Price", "decimal").build();
        assertThatThrownBy(() -> ImportPlanner.plan(spec))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no column 'Price'");
    }

    @Test
    void timestampOverrideWithoutFormatUsesTheDetectedFormat() throws IOException {
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(retailFile())
                .optType("InvoiceDate", "timestamp").build());
        assertThat(plan.columns().get(4).format()).isEqualTo("M/d/uuuu H:mm[:ss]");
    }

    @Test
    void timestampOverrideWithAnInvalidPatternIsRefused() throws IOException {
        ImportSpec spec = ImportSpec.builder().setFile(retailFile()).optType("InvoiceDate", "timestamp:{{nonsense")
                .build();
        assertThatThrownBy(() -> ImportPlanner.plan(spec))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("unknown timestamp format");
    }

    @Test
    void anOverrideThatTheSampleContradictsIsRefusedNamingLineAndColumn() throws IOException {
        ImportSpec spec = ImportSpec.builder().setFile(retailFile()).optType("InvoiceDate", "timestamp:yyyyMMdd")
                .build();
        assertThatThrownBy(() -> ImportPlanner.plan(spec))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("column 'InvoiceDate'")
                .hasMessageContaining("sample values don't parse");
    }

    @Test
    void documentedTimestampOverrideExampleIsAccepted() throws IOException {
        ImportPlan plan = ImportPlanner.plan(ImportSpec.builder().setFile(retailFile())
                .optType("InvoiceDate", "timestamp:M/d/uuuu H:mm").build());
        assertThat(plan.columns().get(4).type()).isEqualTo(ColumnType.TIMESTAMP);
    }
}
