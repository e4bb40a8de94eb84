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
        int n = frame.rows();
        Keys users = Keys.of(frame.column(columns.user()));
        long[] times = frame.times(columns.time());
        LocalDate snap = snapshot != null ? snapshot : dayAfterLast(frame.dataset(), times);
        long snapMillis = snap.toEpochDay() * DAY_MILLIS;
        byte[] kinds = columns.eventType() == null ? null : eventKinds(frame.texts(columns.eventType()));
        Keys orders = columns.order() == null ? null : Keys.of(frame.column(columns.order()));
        boolean[] cancelled = orders == null ? null : cancellations(frame.column(columns.order()), orders);
        double[] revenue = columns.revenue() == null ? null : frame.numbers(columns.revenue());
        double[] quantity = columns.quantity() == null ? null : frame.numbers(columns.quantity());
        double[] price = columns.price() == null ? null : frame.numbers(columns.price());

        int userCount = users.size();
        boolean[] seen = new boolean[userCount];
        long[] views = kinds == null ? null : new long[userCount];
        long[] clicks = kinds == null ? null : new long[userCount];
        int[] kept = new int[n];
        double[] amounts = new double[n];
        int purchases = 0;
        long missingCustomer = 0;
        long missingTime = 0;
        long afterSnapshot = 0;
        long otherEvents = 0;
        long cancellations = 0;
        long returns = 0;
        long zeroQuantity = 0;
        long nonPositivePrice = 0;
        for (int i = 0; i < n; i++) {
            int u = users.index[i];
            if (u < 0) {
                missingCustomer++;
                continue;
            }
            seen[u] = true;
            long t = times[i];
            if (t == FrameColumn.MISSING_TIME) {
                missingTime++;
                continue;
            }
            if (t >= snapMillis) {
                afterSnapshot++;
                continue;
            }
            if (kinds != null) {
                byte kind = kinds[i];
                if (kind == VIEW) {
                    views[u]++;
                } else if (kind == CLICK) {
                    clicks[u]++;
                }
                if (kind != PURCHASE) {
                    otherEvents++;
                    continue;
                }
            }
            if (cancelled != null && orders.index[i] >= 0 && cancelled[orders.index[i]]) {
                cancellations++;
                continue;
            }
            double amount;
            if (revenue != null) {
                amount = revenue[i];
                if (amount < 0) {
                    returns++;
                    continue;
                }
                if (!(amount > 0)) {
                    nonPositivePrice++;
                    continue;
                }
            } else {
                double q = quantity == null ? 1.0 : quantity[i];
                if (q < 0) {
                    returns++;
                    continue;
                }
                if (!(q > 0)) {
                    zeroQuantity++;
                    continue;
                }
                double p = price[i];
                if (!(p > 0)) {
                    nonPositivePrice++;
                    continue;
                }
                amount = q * p;
            }
            kept[purchases] = i;
            amounts[purchases] = amount;
            purchases++;
        }

        // per user: lines, spend, first and last day
        int[] lines = new int[userCount];
        double[] spend = new double[userCount];
        long[] firstDay = new long[userCount];
        long[] lastDay = new long[userCount];
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
        int[] customerOf = new int[userCount];
        int customers = 0;
        long withoutPurchase = 0;
        for (int u = 0; u < userCount; u++) {
            if (lines[u] > 0) {
                customerOf[u] = customers++;
            } else {
                customerOf[u] = -1;
                if (seen[u]) {
                    withoutPurchase++;
                }
            }
        }
        CleaningReport cleaning = new CleaningReport(n, missingCustomer, missingTime, afterSnapshot, otherEvents,
                cancellations, returns, zeroQuantity, nonPositivePrice, purchases, customers, withoutPurchase, snap,
                columns.frequencyRule(), columns.amountRule());
        if (customers == 0) {
            throw new IllegalArgumentException("dataset '" + frame.dataset() + "' has no purchase left to segment: "
                    + String.join(" ", cleaning.lines()));
        }

        long snapDay = snap.toEpochDay();
        String[] ids = new String[customers];
        int[] recency = new int[customers];
        int[] tenure = new int[customers];
        double[] monetary = new double[customers];
        for (int u = 0; u < userCount; u++) {
            int c = customerOf[u];
            if (c >= 0) {
                ids[c] = users.names[u];
                recency[c] = (int) (snapDay - lastDay[u]);
                tenure[c] = (int) (snapDay - firstDay[u]);
                monetary[c] = spend[u];
            }
        }
        int[] frequency = frequency(columns, kept, purchases, users, customerOf, orders, times, lines);
        CustomerTable table = new CustomerTable(snap, ids, recency, frequency, monetary, tenure);

        int[] purchaseCustomer = new int[purchases];
        for (int j = 0; j < purchases; j++) {
            purchaseCustomer[j] = customerOf[users.index[kept[j]]];
        }
        CategoryPurchases categories = columns.category() == null ? null
                : categories(frame.texts(columns.category()), kept, purchases, purchaseCustomer);
        EventCounts events = null;
        if (kinds != null) {
            long[] v = new long[customers];
            long[] c = new long[customers];
            long[] p = new long[customers];
            for (int u = 0; u < userCount; u++) {
                int k = customerOf[u];
                if (k >= 0) {
                    v[k] = views[u];
                    c[k] = clicks[u];
                    p[k] = lines[u];
                }
            }
            events = new EventCounts(v, c, p);
        }
        return new CustomerData(columns, cleaning, table, categories, events);
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

    /**
     * Orders per customer: distinct order numbers; else purchase events; else distinct purchase times. An order line
     * without a number counts as an order of its own.
     */
    private static int[] frequency(SegmentColumns columns, int[] kept, int purchases, Keys users, int[] customerOf,
                                   Keys orders, long[] times, int[] lines) {
        int customers = 0;
        for (int c : customerOf) {
            customers = Math.max(customers, c + 1);
        }
        int[] frequency = new int[customers];
        if (orders == null && columns.eventType() != null) {
            for (int u = 0; u < customerOf.length; u++) {
                if (customerOf[u] >= 0) {
                    frequency[customerOf[u]] = lines[u];
                }
            }
            return frequency;
        }
        long[] orderKey = new long[purchases];
        if (orders != null) {
            for (int j = 0; j < purchases; j++) {
                int o = orders.index[kept[j]];
                orderKey[j] = o >= 0 ? o : (long) orders.size() + kept[j];
            }
        } else {
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
            for (int j = 0; j < purchases; j++) {
                orderKey[j] = Arrays.binarySearch(distinct, 0, unique, times[kept[j]]);
            }
        }
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
