package io.campaignlab.engine.segments.rfm;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.segments.SimulatedShop;
import io.campaignlab.engine.segments.TinyFrames;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFM where most customers tie on frequency (issue 14: on the demo, F 2 and F 3 of the R × F grid were empty and
 * named segments showed 0 customers with no reason given).
 */
class RfmTiesTest {

    private static final LocalDate SNAPSHOT = LocalDate.of(2024, 3, 1);

    @Test
    void heavyTiesStillFillEveryFrequencyColumn() {
        // 20 customers, frequency 1 (×10), 2 (×4), 3 (×2), 4, 5, 6, 8; customer i last bought i + 1 days ago.
        // By percent rank F 2 was empty (the 2s have 10 of 19 below → 3). Cut at the ties (QuintileScoresTest):
        // F 1 = the 1s, F 2 = the 2s, F 3 = the 3s, F 4 = the 4, F 5 = 5, 6 and 8.
        int[] frequency = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 6, 8};
        CustomerData data = CustomerLoader.load(transactions(frequency),
                SegmentColumns.resolve(TinyFrames.transactionsInfo(), null), SNAPSHOT);
        assertThat(data.customers().frequency()).containsExactly(frequency);
        RfmSegmentation result = RfmJob.segment(data);

        assertThat(columnTotals(result.grid())).containsExactly(10, 4, 2, 1, 3);
        assertThat(result.scores()).filteredOn(r -> r.dimension().equals("frequency"))
                .extracting(ScoreRange::customers).containsExactly(10, 4, 2, 1, 3);
        assertThat(result.notes()).containsExactly("frequency: ties left score 2 empty by percent rank; cut at the"
                + " tie boundaries nearest the quintiles instead, so every score has customers.");
        everyEmptySegmentSaysWhy(result);
        // recency is distinct (1..20 days): p = worse / 19, so R 5 = 1..4 days, R 1 = 17..20 days. Customers 0..3
        // (R 5, F 1) are New customers; 17, 18 and 19 (R 1, F 5) can't be lost.
        assertThat(result.segment("New customers").customers()).isEqualTo(4);
        assertThat(result.segment("Can't lose them").customers()).isEqualTo(3);
        RfmSegment champions = result.segment("Champions");
        assertThat(champions.customers()).isZero();
        assertThat(champions.emptyReason()).isEqualTo("No customer combines R 5 with F 4-5 (R 5: 4 customers,"
                + " F 4-5: 4).");
    }

    @Test
    void fewerThanFiveFrequenciesExplainTheSegmentsTheyLeaveEmpty() {
        // frequency 1 or 2 only: two levels, F 1 and F 5; every segment needing F 2-4 alone is empty, and says so
        int[] frequency = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2};
        RfmSegmentation result = RfmJob.segment(CustomerLoader.load(transactions(frequency),
                SegmentColumns.resolve(TinyFrames.transactionsInfo(), null), SNAPSHOT));
        assertThat(columnTotals(result.grid())).containsExactly(8, 0, 0, 0, 2);
        assertThat(result.notes()).containsExactly("frequency has only 2 distinct values, so 2 levels (scores 1"
                + " and 5): 2, 3 and 4 are empty.");
        assertThat(result.segment("Potential loyalists").emptyReason()).isEqualTo("No customer can have F 2-3:"
                + " frequency has only 2 levels (scores 1 and 5).");
        everyEmptySegmentSaysWhy(result);
    }

    @Test
    void theSimulatorsDemoShopHasCustomersInEveryFrequencyColumn() {
        // the demo workspace's events (5,000 users, 14 days, seed 42): 671 customers, frequency 1 (536), 2 (109),
        // 3 (21), 4 (4) and 6 (1). By percent rank everyone with 2 or more orders scored 5 and F 2-4 were empty.
        CustomerData data = CustomerLoader.load(SimulatedShop.events(5_000, 14, 42),
                SegmentColumns.resolve(SimulatedShop.eventsInfo(), null), null);
        RfmSegmentation result = RfmJob.segment(data);
        assertThat(columnTotals(result.grid())).containsExactly(536, 109, 21, 4, 1);
        everyEmptySegmentSaysWhy(result);
    }

    private static void everyEmptySegmentSaysWhy(RfmSegmentation result) {
        for (RfmSegment s : result.segments()) {
            if (s.customers() == 0) {
                assertThat(s.emptyReason()).as(s.name()).isNotBlank();
            } else {
                assertThat(s.emptyReason()).as(s.name()).isNull();
            }
        }
    }

    private static int[] columnTotals(int[][] grid) {
        int[] totals = new int[5];
        for (int[] row : grid) {
            for (int f = 0; f < 5; f++) {
                totals[f] += row[f];
            }
        }
        return totals;
    }

    /**
     * Customer i: {@code frequency[i]} one-line invoices of 10 + i on consecutive days, the last i + 1 days ago (so
     * recency and spend are distinct and only frequency ties).
     */
    private static Frame transactions(int[] frequency) {
        List<String> invoice = new ArrayList<>();
        List<String> customer = new ArrayList<>();
        List<Long> time = new ArrayList<>();
        for (int i = 0; i < frequency.length; i++) {
            for (int k = 0; k < frequency[i]; k++) {
                invoice.add(i + "-" + k);
                customer.add(String.format("c%02d", i));
                time.add(SNAPSHOT.minusDays(i + 1 + k).atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
            }
        }
        int n = invoice.size();
        double[] ones = new double[n];
        double[] price = new double[n];
        java.util.Arrays.fill(ones, 1);
        for (int j = 0; j < n; j++) {
            price[j] = 10 + Integer.parseInt(customer.get(j).substring(1));
        }
        return TinyFrames.frame("tiny", List.of(new FrameColumn.Texts("invoice_no", invoice.toArray(String[]::new)),
                new FrameColumn.Texts("customer_id", customer.toArray(String[]::new)),
                new FrameColumn.Times("invoice_date", time.stream().mapToLong(Long::longValue).toArray()),
                new FrameColumn.Numbers("quantity", ones), new FrameColumn.Numbers("unit_price", price)));
    }
}
