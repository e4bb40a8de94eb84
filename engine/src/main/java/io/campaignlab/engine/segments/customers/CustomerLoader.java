package io.campaignlab.engine.segments.customers;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cleans the rows of an events or transactions frame and sums them up per customer: the rules are those of
 * {@link CleaningReport}, and each row is counted there once.
 *
 * <p>Days are UTC calendar days of the stored (local) times. The snapshot defaults to the day after the last row with
 * a timestamp, whatever its kind; rows on or after an explicit snapshot are left out, so that an earlier snapshot
 * shows the customers as they were then. Recency is the number of days from the day of a customer's last purchase
 * to the snapshot, so at least 1; tenure the same from the first purchase.
 */
public final class CustomerLoader {

    static final long DAY_MILLIS = 86_400_000L;

    private static final byte OTHER = 0;
    private static final byte VIEW = 1;
    private static final byte CLICK = 2;
    private static final byte PURCHASE = 3;
    /** Event types (trimmed, lower case) read as a view, a click and a purchase; rule segments use them too. */
    public static final Set<String> VIEWS = Set.of("view", "views", "pageview", "page_view", "product_view",
            "detail");
    public static final Set<String> CLICKS = Set.of("click", "clicks");
    public static final Set<String> PURCHASES = Set.of("purchase", "purchases", "buy", "order", "transaction",
            "checkout", "sale");

    private CustomerLoader() {
    }

    /**
     * @param snapshot the snapshot day, or null for the day after the last timestamp
     * @throws IllegalArgumentException when no purchase is left after cleaning
     */
    public static CustomerData load(Frame frame, SegmentColumns columns, LocalDate snapshot) {
        return new Load(frame, columns, snapshot).run();
    }

    /** One load: the columns read, then the rows cleaned, summed up per user, and the users with a purchase kept. */
    private static final class Load {

        private final Frame frame;
        private final SegmentColumns columns;
        private final int n;
        private final Keys users;
        private final long[] times;
        private final LocalDate snap;
        private final long snapMillis;
        private final byte[] kinds;
        private final Keys orders;
        private final boolean[] cancelled;
        private final double[] revenue;
        private final double[] quantity;
        private final double[] price;

        // the cleaning pass: the purchase lines kept, and each row left out counted once
        private final boolean[] seen;
        private final long[] views;
        private final long[] clicks;
        private final int[] kept;
        private final double[] amounts;
        private int purchases;
        private long missingCustomer;
        private long missingTime;
        private long afterSnapshot;
        private long otherEvents;
        private long cancellations;
        private long returns;
        private long zeroQuantity;
        private long nonPositivePrice;

        // per user: lines, spend, first and last day, and the customer index (−1 without a purchase kept)
        private final int[] lines;
        private final double[] spend;
        private final long[] firstDay;
        private final long[] lastDay;
        private final int[] customerOf;
        private int customers;
        private long withoutPurchase;

        Load(Frame frame, SegmentColumns columns, LocalDate snapshot) {
            this.frame = frame;
            this.columns = columns;
            n = frame.rows();
            users = Keys.of(frame.column(columns.user()));
            times = frame.times(columns.time());
            snap = snapshot != null ? snapshot : dayAfterLast(frame.dataset(), times);
            snapMillis = snap.toEpochDay() * DAY_MILLIS;
            kinds = columns.eventType() == null ? null : eventKinds(frame.texts(columns.eventType()));
            orders = columns.order() == null ? null : Keys.of(frame.column(columns.order()));
            cancelled = orders == null ? null : cancellations(frame.column(columns.order()), orders);
            revenue = columns.revenue() == null ? null : frame.numbers(columns.revenue());
            quantity = columns.quantity() == null ? null : frame.numbers(columns.quantity());
            price = columns.price() == null ? null : frame.numbers(columns.price());
            int userCount = users.size();
            seen = new boolean[userCount];
            views = kinds == null ? null : new long[userCount];
            clicks = kinds == null ? null : new long[userCount];
            kept = new int[n];
            amounts = new double[n];
            lines = new int[userCount];
            spend = new double[userCount];
            firstDay = new long[userCount];
            lastDay = new long[userCount];
            customerOf = new int[userCount];
        }

        CustomerData run() {
            for (int i = 0; i < n; i++) {
                clean(i);
            }
            sumPerUser();
            CleaningReport cleaning = new CleaningReport(n, missingCustomer, missingTime, afterSnapshot,
                    otherEvents, cancellations, returns, zeroQuantity, nonPositivePrice, purchases, customers,
                    withoutPurchase, snap, columns.frequencyRule(), columns.amountRule());
            if (customers == 0) {
                throw new IllegalArgumentException("dataset '" + frame.dataset() + "' has no purchase left to"
                        + " segment: " + String.join(" ", cleaning.lines()));
            }
            return new CustomerData(columns, cleaning, table(), categories(), events());
        }

        /** Keeps row {@code i} as a purchase line, or counts it under the first rule that leaves it out. */
        private void clean(int i) {
            int u = users.index[i];
            if (u < 0) {
                missingCustomer++;
                return;
            }
            seen[u] = true;
            long t = times[i];
            if (t == FrameColumn.MISSING_TIME) {
                missingTime++;
                return;
            }
            if (t >= snapMillis) {
                afterSnapshot++;
                return;
            }
            if (kinds != null && !purchaseEvent(i, u)) {
                otherEvents++;
                return;
            }
            if (cancelled != null && orders.index[i] >= 0 && cancelled[orders.index[i]]) {
                cancellations++;
                return;
            }
            double amount = amount(i);
            if (!Double.isNaN(amount)) {
                kept[purchases] = i;
                amounts[purchases] = amount;
                purchases++;
            }
        }

        /** Whether event {@code i} is a purchase; a view or a click is counted for user {@code u}'s funnel. */
        private boolean purchaseEvent(int i, int u) {
            byte kind = kinds[i];
            if (kind == VIEW) {
                views[u]++;
            } else if (kind == CLICK) {
                clicks[u]++;
            }
            return kind == PURCHASE;
        }

        /** The amount of line {@code i}, or NaN once it is counted as a return, a zero quantity or a bad price. */
        private double amount(int i) {
            if (revenue != null) {
                double amount = revenue[i];
                if (amount < 0) {
                    returns++;
                    return Double.NaN;
                }
                if (!(amount > 0)) {
                    nonPositivePrice++;
                    return Double.NaN;
                }
                return amount;
            }
            double q = quantity == null ? 1.0 : quantity[i];
            if (q < 0) {
                returns++;
                return Double.NaN;
            }
            if (!(q > 0)) {
                zeroQuantity++;
                return Double.NaN;
            }
            double p = price[i];
            if (!(p > 0)) {
                nonPositivePrice++;
                return Double.NaN;
            }
            return q * p;
        }

        private void sumPerUser() {
            Arrays.fill(firstDay, Long.MAX_VALUE);
            Arrays.fill(lastDay, Long.MIN_VALUE);
            for (int j = 0; j < purchases; j++) {
                int row = kept[j];
                int u = users.index[row];
                long day = Math.floorDiv(times[row], DAY_MILLIS);
                lines[u]++;
                spend[u] += amounts[j];
                firstDay[u] = Math.min(firstDay[u], day);
                lastDay[u] = Math.max(lastDay[u], day);
            }
            for (int u = 0; u < customerOf.length; u++) {
                if (lines[u] > 0) {
                    customerOf[u] = customers++;
                } else {
                    customerOf[u] = -1;
                    if (seen[u]) {
                        withoutPurchase++;
                    }
                }
            }
        }

        private CustomerTable table() {
            long snapDay = snap.toEpochDay();
            String[] ids = new String[customers];
            int[] recency = new int[customers];
            int[] tenure = new int[customers];
            double[] monetary = new double[customers];
            for (int u = 0; u < customerOf.length; u++) {
                int c = customerOf[u];
                if (c >= 0) {
                    ids[c] = users.names[u];
                    recency[c] = (int) (snapDay - lastDay[u]);
                    tenure[c] = (int) (snapDay - firstDay[u]);
                    monetary[c] = spend[u];
                }
            }
            return new CustomerTable(snap, ids, recency, frequency(), monetary, tenure);
        }

        /**
         * Orders per customer: distinct order numbers; else purchase events; else distinct purchase times. An order
         * line without a number counts as an order of its own.
         */
        private int[] frequency() {
            int[] frequency = new int[customers];
            if (orders == null && columns.eventType() != null) {
                for (int u = 0; u < customerOf.length; u++) {
                    if (customerOf[u] >= 0) {
                        frequency[customerOf[u]] = lines[u];
                    }
                }
                return frequency;
            }
            long[] orderKey = orders != null ? orderNumbers() : distinctTimes();
            long[] keys = new long[purchases];
            for (int j = 0; j < purchases; j++) {
                keys[j] = ((long) customerOf[users.index[kept[j]]] << 32) | (orderKey[j] & 0xffff_ffffL);
            }
            Arrays.sort(keys);
            for (int j = 0; j < purchases; j++) {
                if (j == 0 || keys[j] != keys[j - 1]) {
                    frequency[(int) (keys[j] >>> 32)]++;
                }
            }
            return frequency;
        }

        /** Each purchase line's order: its order number, or an order of its own when it has none. */
        private long[] orderNumbers() {
            long[] orderKey = new long[purchases];
            for (int j = 0; j < purchases; j++) {
                int o = orders.index[kept[j]];
                orderKey[j] = o >= 0 ? o : (long) orders.size() + kept[j];
            }
            return orderKey;
        }

        /** Each purchase line's order: the index of its time among the distinct purchase times. */
        private long[] distinctTimes() {
            long[] distinct = new long[purchases];
            for (int j = 0; j < purchases; j++) {
                distinct[j] = times[kept[j]];
            }
            Arrays.sort(distinct);
            int unique = 0;
            for (int j = 0; j < purchases; j++) {
                if (unique == 0 || distinct[j] != distinct[unique - 1]) {
                    distinct[unique++] = distinct[j];
                }
            }
            long[] orderKey = new long[purchases];
            for (int j = 0; j < purchases; j++) {
                orderKey[j] = Arrays.binarySearch(distinct, 0, unique, times[kept[j]]);
            }
            return orderKey;
        }

        private CategoryPurchases categories() {
            if (columns.category() == null) {
                return null;
            }
            int[] purchaseCustomer = new int[purchases];
            for (int j = 0; j < purchases; j++) {
                purchaseCustomer[j] = customerOf[users.index[kept[j]]];
            }
            return CustomerLoader.categories(frame.texts(columns.category()), kept, purchases, purchaseCustomer);
        }

        private EventCounts events() {
            if (kinds == null) {
                return null;
            }
            long[] v = new long[customers];
            long[] c = new long[customers];
            long[] p = new long[customers];
            for (int u = 0; u < customerOf.length; u++) {
                int k = customerOf[u];
                if (k >= 0) {
                    v[k] = views[u];
                    c[k] = clicks[u];
                    p[k] = lines[u];
                }
            }
            return new EventCounts(v, c, p);
        }
    }

    private static LocalDate dayAfterLast(String dataset, long[] times) {
        long max = Long.MIN_VALUE;
        for (long t : times) {
            if (t != FrameColumn.MISSING_TIME && t > max) {
                max = t;
            }
        }
        if (max == Long.MIN_VALUE) {
            throw new IllegalArgumentException("dataset '" + dataset + "' has no timestamps, so no recency");
        }
        return LocalDate.ofEpochDay(Math.floorDiv(max, DAY_MILLIS) + 1);
    }

    private static boolean[] cancellations(FrameColumn column, Keys orders) {
        boolean[] cancelled = new boolean[orders.size()];
        if (column instanceof FrameColumn.Texts) {
            for (int o = 0; o < orders.size(); o++) {
                String name = orders.names[o];
                cancelled[o] = name.charAt(0) == 'C' || name.charAt(0) == 'c';
            }
        }
        return cancelled;
    }

    private static byte[] eventKinds(String[] types) {
        Map<String, Byte> known = new HashMap<>();
        byte[] kinds = new byte[types.length];
        for (int i = 0; i < types.length; i++) {
            String type = types[i];
            if (type == null) {
                kinds[i] = OTHER;
                continue;
            }
            Byte kind = known.get(type);
            if (kind == null) {
                String key = type.strip().toLowerCase(Locale.ROOT);
                kind = VIEWS.contains(key) ? VIEW : CLICKS.contains(key) ? CLICK : PURCHASES.contains(key) ? PURCHASE
                        : OTHER;
                known.put(type, kind);
            }
            kinds[i] = kind;
        }
        return kinds;
    }

    private static CategoryPurchases categories(String[] values, int[] kept, int purchases, int[] purchaseCustomer) {
        Map<String, Integer> ids = new HashMap<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        int[] category = new int[purchases];
        for (int j = 0; j < purchases; j++) {
            String v = values[kept[j]];
            String name = v == null || v.isBlank() ? CategoryPurchases.NONE : v.strip();
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            category[j] = id;
        }
        return new CategoryPurchases(names, purchaseCustomer, category);
    }
}
