package io.campaignlab.engine.segments.customers;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.segments.TinyFrames;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cleaning and per-customer sums on the hand-worked frames of {@link TinyFrames}. */
class CustomerLoaderTest {

    @Test
    void messyTransactionsAreCountedOnceEachAndLeftOut() {
        CustomerData data = load(TinyFrames.transactions(), null);
        CleaningReport c = data.cleaning();
        assertThat(c.rowsRead()).isEqualTo(12);
        assertThat(c.missingCustomer()).isEqualTo(1);
        assertThat(c.missingTime()).isZero();
        assertThat(c.afterSnapshot()).isZero();
        assertThat(c.otherEvents()).isZero();
        assertThat(c.cancellations()).isEqualTo(1);
        assertThat(c.returns()).isEqualTo(1);
        assertThat(c.zeroQuantity()).isEqualTo(1);
        assertThat(c.nonPositivePrice()).isEqualTo(1);
        assertThat(c.purchases()).isEqualTo(7);
        assertThat(c.removed()).isEqualTo(5);
        assertThat(c.customers()).isEqualTo(4);
        assertThat(c.usersWithoutPurchase()).as("D bought only at price 0").isEqualTo(1);
        assertThat(c.snapshotDate()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(c.frequency()).isEqualTo("distinct invoice_no");
        assertThat(c.amount()).isEqualTo("quantity × unit_price");
        assertThat(String.join("\n", c.lines())).contains("1 cancellation lines").contains("1 returns")
                .contains("Users without a purchase kept: 1");
    }

    @Test
    void recencyFrequencyMonetaryAndTenureAsWorkedByHand() {
        CustomerTable t = load(TinyFrames.transactions(), null).customers();
        assertThat(t.userIds()).containsExactly("A", "B", "C", "E");
        assertThat(t.recencyDays()).containsExactly(6, 8, 3, 9);
        assertThat(t.frequency()).containsExactly(2, 1, 1, 1);
        assertThat(t.monetary()).containsExactly(23.0, 10.0, 100.0, 8.0);
        assertThat(t.tenureDays()).containsExactly(10, 8, 3, 9);
        assertThat(t.averageOrderValue(0)).isEqualTo(11.5);
    }

    @Test
    void anEarlierSnapshotLeavesLaterRowsOut() {
        CustomerData data = load(TinyFrames.transactions(), LocalDate.of(2024, 1, 6));
        CleaningReport c = data.cleaning();
        // Jan 6 and later: C1004, 1006, 1007, 1008, 1009 (1005 has no customer, which is checked first)
        assertThat(c.afterSnapshot()).isEqualTo(5);
        assertThat(c.missingCustomer()).isEqualTo(1);
        assertThat(c.cancellations()).isZero();
        assertThat(c.purchases()).isEqualTo(6);
        assertThat(c.customers()).isEqualTo(3);
        assertThat(c.usersWithoutPurchase()).as("C and D").isEqualTo(2);
        CustomerTable t = data.customers();
        assertThat(t.userIds()).containsExactly("A", "B", "E");
        assertThat(t.recencyDays()).containsExactly(1, 3, 4);
    }

    @Test
    void withoutAnInvoiceColumnOrdersAreDistinctTimes() {
        Frame full = TinyFrames.transactions();
        SegmentColumns columns = new SegmentColumns("tiny", "customer_id", "invoice_date", null, null, "quantity",
                "unit_price", null, null);
        CustomerData data = CustomerLoader.load(full, columns, null);
        // without invoice numbers there is no cancellation to see: C1004 (−1) is a return now
        assertThat(data.cleaning().cancellations()).isZero();
        assertThat(data.cleaning().returns()).isEqualTo(2);
        assertThat(data.customers().frequency()).containsExactly(2, 1, 1, 1);
        assertThat(data.cleaning().frequency()).isEqualTo("distinct invoice_date per customer");
    }

    @Test
    void eventsCountPurchaseEventsAndKeepTheFunnel() {
        Frame frame = TinyFrames.events();
        CustomerData data = CustomerLoader.load(frame, SegmentColumns.resolve(TinyFrames.eventsInfo(), null), null);
        CleaningReport c = data.cleaning();
        assertThat(c.otherEvents()).isEqualTo(9);
        assertThat(c.purchases()).isEqualTo(3);
        assertThat(c.customers()).isEqualTo(2);
        assertThat(c.usersWithoutPurchase()).isEqualTo(1);
        assertThat(c.frequency()).isEqualTo("purchase events");
        assertThat(c.amount()).isEqualTo("price");
        CustomerTable t = data.customers();
        assertThat(t.userIds()).containsExactly("1", "2");
        assertThat(t.snapshot()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(t.recencyDays()).containsExactly(5, 2);
        assertThat(t.frequency()).containsExactly(1, 2);
        assertThat(t.monetary()).containsExactly(20.0, 40.0);
        assertThat(data.events().views()).containsExactly(3, 2);
        assertThat(data.events().clicks()).containsExactly(1, 2);
        assertThat(data.events().purchases()).containsExactly(1, 2);
        assertThat(data.categories().categories()).containsExactly("shoes", "apparel");
        assertThat(data.categories().customer()).containsExactly(0, 1, 1);
        assertThat(data.categories().category()).containsExactly(0, 1, 0);
    }

    @Test
    void revenueColumnsCountNegativeAmountsAsReturns() {
        Frame frame = TinyFrames.frame("rev", List.of(
                new FrameColumn.Texts("user", new String[]{"x", "x", "y", "y"}),
                new FrameColumn.Times("t", new long[]{TinyFrames.millis("2024-01-01T00:00"),
                    TinyFrames.millis("2024-01-02T00:00"), FrameColumn.MISSING_TIME,
                    TinyFrames.millis("2024-01-03T00:00")}),
                new FrameColumn.Numbers("spend", new double[]{12.5, -3, 4, 0})));
        SegmentColumns columns = new SegmentColumns("rev", "user", "t", null, null, null, null, "spend", null);
        CustomerData data = CustomerLoader.load(frame, columns, null);
        assertThat(data.cleaning().returns()).isEqualTo(1);
        assertThat(data.cleaning().missingTime()).isEqualTo(1);
        assertThat(data.cleaning().nonPositivePrice()).isEqualTo(1);
        assertThat(data.customers().monetary()).containsExactly(12.5);
        assertThat(data.customers().recencyDays()).containsExactly(3);
    }

    @Test
    void numericIdsAreNamedWithoutAFraction() {
        Keys keys = Keys.ofNumbers(new double[]{17850, Double.NaN, 12346.0, 17850, 1.5});
        assertThat(keys.names).containsExactly("1.5", "12346", "17850");
        assertThat(keys.index).containsExactly(2, -1, 1, 2, 0);
    }

    @Test
    void nothingLeftIsAClearFailure() {
        Frame frame = TinyFrames.frame("empty", List.of(
                new FrameColumn.Texts("user", new String[]{"x"}),
                new FrameColumn.Times("t", new long[]{TinyFrames.millis("2024-01-01T00:00")}),
                new FrameColumn.Numbers("price", new double[]{0})));
        SegmentColumns columns = new SegmentColumns("empty", "user", "t", null, null, null, "price", null, null);
        assertThatThrownBy(() -> CustomerLoader.load(frame, columns, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no purchase left").hasMessageContaining("1 with a zero, negative or missing price");
    }

    @Test
    void reportCountsMustAddUp() {
        assertThatThrownBy(() -> new CleaningReport(10, 1, 0, 0, 0, 0, 0, 0, 0, 8, 1, 0, LocalDate.EPOCH, "f", "a"))
                .hasMessageContaining("add up to 9");
    }

    private static CustomerData load(Frame frame, LocalDate snapshot) {
        return CustomerLoader.load(frame, SegmentColumns.resolve(TinyFrames.transactionsInfo(), null), snapshot);
    }
}
