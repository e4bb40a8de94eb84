package io.campaignlab.engine.segments.customers;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.segments.TinyFrames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding the columns by role, and saying which are missing. */
class SegmentColumnsTest {

    @Test
    void transactionsFindTheInvoiceByName() {
        SegmentColumns c = SegmentColumns.resolve(TinyFrames.transactionsInfo(), null);
        assertThat(c.user()).isEqualTo("customer_id");
        assertThat(c.time()).isEqualTo("invoice_date");
        assertThat(c.order()).isEqualTo("invoice_no");
        assertThat(c.quantity()).isEqualTo("quantity");
        assertThat(c.price()).isEqualTo("unit_price");
        assertThat(c.revenue()).isNull();
        assertThat(c.names()).containsExactly("customer_id", "invoice_date", "invoice_no", "quantity", "unit_price");
    }

    @Test
    void anExplicitOrderColumnMustExist() {
        assertThatThrownBy(() -> SegmentColumns.resolve(TinyFrames.transactionsInfo(), "basket"))
                .hasMessageContaining("no column 'basket'");
        assertThat(SegmentColumns.resolve(TinyFrames.transactionsInfo(), "quantity").order()).isEqualTo("quantity");
    }

    @Test
    void aDatasetWithoutTheRolesNamesWhatIsMissing() {
        var users = TinyFrames.info("users", DatasetKind.TABLE, List.of(
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("region", ColumnType.CATEGORY, ColumnRole.FEATURE)));
        assertThatThrownBy(() -> SegmentColumns.resolve(users, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataset 'users' cannot be segmented")
                .hasMessageContaining("no timestamp column")
                .hasMessageContaining("no amount")
                .hasMessageNotContaining("no user_id");
        var items = TinyFrames.info("items", DatasetKind.TABLE, List.of(
                ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE)));
        assertThatThrownBy(() -> SegmentColumns.resolve(items, null))
                .hasMessageContaining("no user_id column, no timestamp column;")
                .hasMessageContaining("price (price)");
    }

    @Test
    void aRevenueColumnIsTheAmount() {
        var exposures = TinyFrames.info("ex", DatasetKind.EXPERIMENT, List.of(
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("exposed_at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE),
                ColumnMeta.of("spend", ColumnType.DECIMAL, ColumnRole.REVENUE)));
        SegmentColumns c = SegmentColumns.resolve(exposures, null);
        assertThat(c.amountRule()).isEqualTo("spend");
        assertThat(c.price()).isNull();
        assertThat(c.frequencyRule()).isEqualTo("distinct exposed_at per customer");
    }
}
