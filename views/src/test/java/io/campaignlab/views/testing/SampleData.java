package io.campaignlab.views.testing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.Rejection;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Known datasets for view tests: small orders with rejections, a million generated clicks, and a dull table. */
public final class SampleData {

    public static final String ORDERS = "orders";
    public static final String CLICKS = "clicks";
    public static final String NOTES = "notes";
    public static final int ORDER_ROWS = 1_200;
    public static final int CLICK_ROWS = 1_000_000;
    public static final int ORDER_REJECTIONS = 2_500;
    private static final String[] CATEGORIES = {"books", "garden", "toys", "electronics", "fashion"};
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 0, 0);

    private SampleData() {
    }

    /** A workspace with {@link #ORDERS}, {@link #CLICKS} and {@link #NOTES}. */
    public static FakeWorkspace workspace() {
        FakeWorkspace workspace = new FakeWorkspace();
        workspace.add(ORDERS, DatasetKind.TRANSACTIONS, orderColumns(), orders(), orderRejections());
        workspace.add(CLICKS, DatasetKind.IMPRESSIONS, List.of(
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("clicked", ColumnType.BOOLEAN, ColumnRole.LABEL),
                ColumnMeta.of("shown_at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP)),
                CLICK_ROWS, SampleData::click, List.of());
        workspace.add(NOTES, DatasetKind.TABLE, List.of(
                ColumnMeta.of("note", ColumnType.TEXT, ColumnRole.FEATURE),
                ColumnMeta.of("missing", ColumnType.DECIMAL, ColumnRole.FEATURE)),
                List.of(row("first, with a comma", null), row("second", null), row("third", null)), List.of());
        return workspace;
    }

    public static List<ColumnMeta> orderColumns() {
        return List.of(
                ColumnMeta.of("order_id", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("customer", ColumnType.TEXT, ColumnRole.USER_ID),
                new ColumnMeta("amount", "Amount", ColumnType.DECIMAL, ColumnRole.PRICE, null, false),
                ColumnMeta.of("quantity", ColumnType.INTEGER, ColumnRole.QUANTITY),
                ColumnMeta.of("category", ColumnType.CATEGORY, ColumnRole.CATEGORY),
                new ColumnMeta("placed_at", "Placed at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP,
                        "yyyy-MM-dd HH:mm:ss", false),
                ColumnMeta.of("express", ColumnType.BOOLEAN, ColumnRole.FEATURE));
    }

    /**
     * Orders 1..1,200: amount is {@code 5 + (id % 97) * 1.25}, null for every 50th order; quantity 1 to 5; the
     * category cycles through five names; placed an hour apart from 2025-01-01.
     */
    public static List<List<Object>> orders() {
        Random random = new Random(7);
        List<List<Object>> rows = new ArrayList<>();
        for (int id = 1; id <= ORDER_ROWS; id++) {
            rows.add(row((long) id, "c" + (1000 + random.nextInt(300)), id % 50 == 0 ? null : amount(id),
                    (long) (1 + id % 5), CATEGORIES[id % CATEGORIES.length], START.plusHours(id), id % 3 == 0));
        }
        return rows;
    }

    public static double amount(int orderId) {
        return 5 + (orderId % 97) * 1.25;
    }

    /** Rejections at lines 2, 4, 6, …: every tenth about the whole row, the rest about "amount". */
    public static List<Rejection> orderRejections() {
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 1; i <= ORDER_REJECTIONS; i++) {
            boolean row = i % 10 == 0;
            String value = row ? "too,few" : "n/a-" + i;
            rejections.add(new Rejection(2L * i, row ? null : "amount", value,
                    row ? "2 fields, expected 7" : "'" + value + "' is not a number",
                    i + ",c1001," + value + ",1,books,2025-01-01 10:00:00,false"));
        }
        return rejections;
    }

    /** Click {@code i} of the million: user {@code i % 5000}, clicked every 7th, shown a minute apart. */
    public static List<Object> click(int i) {
        return row((long) (i % 5000), i % 7 == 0, START.plusMinutes(i));
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
