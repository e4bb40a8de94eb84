package io.campaignlab.engine.segments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Small hand-made datasets whose RFM values are worked out by hand in the tests. */
public final class TinyFrames {

    private TinyFrames() {
    }

    public static final String NA = null;

    /**
     * Twelve invoice lines. Worked by hand (snapshot 2024-01-11, the day after the last line):
     * <pre>
     * customer  lines kept        last day  first day  R days  F  M     tenure
     * A         1001 ×2, 1002     Jan 5     Jan 1      6       2  23    10
     * B         1003              Jan 3     Jan 3      8       1  10    8
     * C         1006              Jan 8     Jan 8      3       1  100   3
     * E         1010 ×2           Jan 2     Jan 2      9       1  8     9
     * </pre>
     * Left out: one line without a customer, one cancellation (C1004), one return (1007, −2), one zero price (1008,
     * D's only line, so D has no purchase) and one zero quantity (1009).
     */
    public static Frame transactions() {
        Object[][] rows = {
                {"1001", "A", "2024-01-01T10:00", 2, 5.0},
                {"1001", "A", "2024-01-01T10:00", 1, 3.0},
                {"1002", "A", "2024-01-05T09:00", 1, 10.0},
                {"1003", "B", "2024-01-03T12:00", 4, 2.5},
                {"C1004", "A", "2024-01-06T08:00", -1, 10.0},
                {"1005", NA, "2024-01-07T13:00", 3, 1.0},
                {"1006", "C", "2024-01-08T15:00", 1, 100.0},
                {"1007", "B", "2024-01-09T11:00", -2, 2.5},
                {"1008", "D", "2024-01-09T18:00", 5, 0.0},
                {"1009", "C", "2024-01-10T09:00", 0, 4.0},
                {"1010", "E", "2024-01-02T00:00", 1, 7.0},
                {"1010", "E", "2024-01-02T00:00", 1, 1.0},
        };
        int n = rows.length;
        String[] invoice = new String[n];
        String[] customer = new String[n];
        long[] time = new long[n];
        double[] quantity = new double[n];
        double[] price = new double[n];
        for (int i = 0; i < n; i++) {
            invoice[i] = (String) rows[i][0];
            customer[i] = (String) rows[i][1];
            time[i] = millis((String) rows[i][2]);
            quantity[i] = ((Number) rows[i][3]).doubleValue();
            price[i] = ((Number) rows[i][4]).doubleValue();
        }
        return frame("tiny", List.of(new FrameColumn.Texts("invoice_no", invoice),
                new FrameColumn.Texts("customer_id", customer), new FrameColumn.Times("invoice_date", time),
                new FrameColumn.Numbers("quantity", quantity), new FrameColumn.Numbers("unit_price", price)));
    }

    public static DatasetInfo transactionsInfo() {
        return info("tiny", DatasetKind.TRANSACTIONS, List.of(
                ColumnMeta.of("invoice_no", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("customer_id", ColumnType.CATEGORY, ColumnRole.USER_ID),
                ColumnMeta.of("invoice_date", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("quantity", ColumnType.INTEGER, ColumnRole.QUANTITY),
                ColumnMeta.of("unit_price", ColumnType.DECIMAL, ColumnRole.PRICE)));
    }

    /**
     * Twelve events of three users: u1 views 3 times, clicks once and buys shoes for 20; u2 views twice, clicks
     * twice and buys apparel for 10 and shoes for 30; u3 only views, twice.
     */
    public static Frame events() {
        Object[][] rows = {
                {1, "view", "2024-03-01T10:00", 20.0, "shoes"},
                {1, "view", "2024-03-01T10:01", 20.0, "shoes"},
                {1, "click", "2024-03-01T10:02", 20.0, "shoes"},
                {1, "purchase", "2024-03-01T10:03", 20.0, "shoes"},
                {1, "view", "2024-03-02T09:00", 5.0, "beauty"},
                {2, "view", "2024-03-03T09:00", 10.0, "apparel"},
                {2, "click", "2024-03-03T09:01", 10.0, "apparel"},
                {2, "purchase", "2024-03-03T09:02", 10.0, "apparel"},
                {2, "view", "2024-03-04T09:00", 30.0, "shoes"},
                {2, "click", "2024-03-04T09:01", 30.0, "shoes"},
                {2, "purchase", "2024-03-04T09:02", 30.0, "shoes"},
                {3, "view", "2024-03-05T12:00", 15.0, "audio"},
        };
        int n = rows.length;
        double[] user = new double[n];
        String[] type = new String[n];
        long[] time = new long[n];
        double[] price = new double[n];
        String[] category = new String[n];
        for (int i = 0; i < n; i++) {
            user[i] = ((Number) rows[i][0]).doubleValue();
            type[i] = (String) rows[i][1];
            time[i] = millis((String) rows[i][2]);
            price[i] = (Double) rows[i][3];
            category[i] = (String) rows[i][4];
        }
        return frame("ev", List.of(new FrameColumn.Numbers("user_id", user), new FrameColumn.Texts("event_type", type),
                new FrameColumn.Times("ts", time), new FrameColumn.Numbers("price", price),
                new FrameColumn.Texts("category", category)));
    }

    public static DatasetInfo eventsInfo() {
        return info("ev", DatasetKind.EVENTS, List.of(
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE),
                ColumnMeta.of("category", ColumnType.CATEGORY, ColumnRole.CATEGORY)));
    }

    public static DatasetInfo info(String name, DatasetKind kind, List<ColumnMeta> columns) {
        return new DatasetInfo(1, name, kind, "/data/" + name + ".csv", "a".repeat(64), 12, 0,
                Instant.parse("2024-06-01T00:00:00Z"), columns);
    }

    public static Frame frame(String dataset, List<FrameColumn> columns) {
        long[] ids = new long[columns.get(0).size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
        }
        return Frame.of(dataset, ids, columns);
    }

    public static long millis(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
