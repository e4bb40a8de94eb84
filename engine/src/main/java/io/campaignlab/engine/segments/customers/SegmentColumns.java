package io.campaignlab.engine.segments.customers;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a segmentation reads from an events or transactions dataset, found by their roles.
 *
 * <p>The amount of a purchase row is its {@code revenue} column when the dataset has one, else {@code price} ×
 * {@code quantity} (quantity 1 without a quantity column). Orders are counted by an order column: one named like an
 * invoice or order number ({@code InvoiceNo}, {@code order_id}, …, there is no role for it) or given by name. Without
 * one, an events dataset counts purchase events and a transactions dataset counts distinct (customer, timestamp)
 * pairs, since the lines of one basket share their time.
 *
 * @param dataset   the dataset's name
 * @param user      the {@code user_id} column
 * @param time      the {@code timestamp} column
 * @param eventType the {@code event_type} column, or null: then every row is a purchase line
 * @param order     the order or invoice column, or null
 * @param quantity  the {@code quantity} column, or null
 * @param price     the {@code price} column, or null
 * @param revenue   the {@code revenue} column, or null
 * @param category  the {@code category} column (text), or null
 */
public record SegmentColumns(String dataset, String user, String time, String eventType, String order,
                             String quantity, String price, String revenue, String category) {

    /** Column names (letters and digits, lower case) taken for an order or invoice number. */
    static final Set<String> ORDER_NAMES = Set.of("invoiceno", "invoice", "invoiceid", "invoicenumber", "orderid",
            "order", "orderno", "ordernumber", "transactionid", "transaction", "transactionno", "basketid",
            "receiptid", "receiptno");

    /**
     * The columns of a dataset, or a failure naming every role it lacks.
     *
     * @param orderColumn the order column to use, or null to look for one by name
     */
    public static SegmentColumns resolve(DatasetInfo info, String orderColumn) {
        Optional<ColumnMeta> user = first(info, ColumnRole.USER_ID, null);
        Optional<ColumnMeta> time = first(info, ColumnRole.TIMESTAMP, Set.of(ColumnType.TIMESTAMP));
        Set<ColumnType> numeric = Set.of(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.BOOLEAN);
        Optional<ColumnMeta> revenue = first(info, ColumnRole.REVENUE, numeric);
        Optional<ColumnMeta> price = first(info, ColumnRole.PRICE, numeric);
        Optional<ColumnMeta> quantity = first(info, ColumnRole.QUANTITY, numeric);
        List<String> missing = new ArrayList<>();
        if (user.isEmpty()) {
            missing.add("no user_id column");
        }
        if (time.isEmpty()) {
            missing.add("no timestamp column");
        }
        if (revenue.isEmpty() && price.isEmpty()) {
            missing.add("no amount (a price column, with an optional quantity column, or a revenue column)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("dataset '" + info.name() + "' cannot be segmented: it has "
                    + String.join(", ", missing) + "; give its columns these roles when importing, for example"
                    + " --role CustomerID=user_id --role UnitPrice=price (its columns: " + describe(info) + ")");
        }
        Optional<ColumnMeta> eventType = first(info, ColumnRole.EVENT_TYPE, Set.of(ColumnType.CATEGORY,
                ColumnType.TEXT));
        Optional<ColumnMeta> category = first(info, ColumnRole.CATEGORY, Set.of(ColumnType.CATEGORY,
                ColumnType.TEXT));
        String order = orderColumn == null ? findOrder(info) : info.column(orderColumn).map(ColumnMeta::name)
                .orElseThrow(() -> new IllegalArgumentException("dataset '" + info.name() + "' has no column '"
                        + orderColumn + "' for orders; its columns: " + describe(info)));
        return new SegmentColumns(info.name(), user.get().name(), time.get().name(), name(eventType), order,
                revenue.isPresent() ? null : name(quantity), revenue.isPresent() ? null : name(price),
                name(revenue), name(category));
    }

    /** The columns to read, without repeats. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String column : new String[]{user, time, eventType, order, quantity, price, revenue, category}) {
            if (column != null && !names.contains(column)) {
                names.add(column);
            }
        }
        return names;
    }

    /** How the amount of a purchase row is computed, for people. */
    public String amountRule() {
        if (revenue != null) {
            return revenue;
        }
        return quantity == null ? price : quantity + " × " + price;
    }

    /** What frequency counts, for people. */
    public String frequencyRule() {
        if (order != null) {
            return "distinct " + order;
        }
        return eventType != null ? "purchase events" : "distinct " + time + " per customer";
    }

    private static Optional<ColumnMeta> first(DatasetInfo info, ColumnRole role, Set<ColumnType> types) {
        return info.columnsWithRole(role).stream().filter(c -> types == null || types.contains(c.type())).findFirst();
    }

    private static String findOrder(DatasetInfo info) {
        for (ColumnMeta column : info.columns()) {
            if (column.role() != ColumnRole.USER_ID && column.role() != ColumnRole.TIMESTAMP
                    && (ORDER_NAMES.contains(key(column.name())) || ORDER_NAMES.contains(key(column.header())))) {
                return column.name();
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String name(Optional<ColumnMeta> column) {
        return column.map(ColumnMeta::name).orElse(null);
    }

    private static String describe(DatasetInfo info) {
        StringBuilder sb = new StringBuilder();
        for (ColumnMeta c : info.columns()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.name()).append(" (").append(c.role().id()).append(')');
        }
        return sb.toString();
    }
}
