package io.campaignlab.engine.features;

import io.campaignlab.engine.features.BehaviourAggregates.BehaviourColumns;
import io.campaignlab.engine.features.BehaviourAggregates.EventLog;
import io.campaignlab.engine.features.BehaviourAggregates.ExampleLog;
import io.campaignlab.engine.jobs.CancellationToken;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The time-ordered sweep behind {@link BehaviourAggregates#compute}: for each distinct example timestamp t, first
 * apply every event with time &lt; t, then compute the features of all examples at t from the state, then apply those
 * examples. The state therefore never holds anything at or after t when an example at t is read.
 */
final class AggregateSweep {

    private static final int CANCEL_EVERY = 1 << 16;
    /** Up to 16M (user, category) cells (64 MiB) are counted in a plain array. */
    static final long DENSE_PAIR_LIMIT = 1L << 24;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private static final byte OTHER = 0;
    private static final byte VIEW = 1;
    private static final byte PURCHASE = 2;

    private final ExampleLog examples;
    private final EventLog events;
    private final int lastN;
    private final CancellationToken cancel;
    private final long densePairLimit;
    private final int n;
    private final int m;
    private long work;

    // dense ids
    private int[] exUser;
    private int[] exItem;
    private int[] exCat;
    private int[] evUser;
    private int[] evItem;
    private int[] evCat;
    private byte[] evType;
    private final List<String> categoryNames = new ArrayList<>();

    // per-user state
    private int[] userImpressions;
    private int[] userLabelled;
    private double[] userClicks;
    private int[] userViews;
    private int[] userPurchases;
    private int[] userEvents;
    private int[] userCategorised;
    private long[] userLastEvent;
    private int[][] ring;
    private int[] ringHead;
    private int[] ringLength;
    private String[] joinedLast;

    // per-item state
    private int[] itemEvents;
    private int[] itemLabelled;
    private double[] itemClicks;

    // global state
    /** Per (user, category) event counts: dense when users × categories is small enough, else hashed. */
    private int[] denseUserCategoryCounts;
    private LongIntMap userCategoryCounts;
    private boolean[] categorySeen;
    private int categoriesSeen;
    private long globalLabelled;
    private double globalClicks;

    AggregateSweep(ExampleLog examples, EventLog events, int lastN, CancellationToken cancel) {
        this(examples, events, lastN, cancel, DENSE_PAIR_LIMIT);
    }

    /** @param densePairLimit the most (user, category) cells counted in a plain array rather than hashed */
    AggregateSweep(ExampleLog examples, EventLog events, int lastN, CancellationToken cancel, long densePairLimit) {
        if (examples == null || events == null) {
            throw new IllegalArgumentException("examples and events are required");
        }
        if (lastN < 1) {
            throw new IllegalArgumentException("lastN must be positive, was " + lastN);
        }
        this.examples = examples;
        this.events = events;
        this.lastN = lastN;
        this.cancel = cancel;
        this.densePairLimit = densePairLimit;
        this.n = required("examples", "users", examples.users() == null ? -1 : examples.users().length);
        check("examples", "items", examples.items() == null ? -1 : examples.items().length, n);
        check("examples", "categories", examples.categories() == null ? -1 : examples.categories().length, n);
        check("examples", "times", examples.times() == null ? -1 : examples.times().length, n);
        if (examples.clicks() != null) {
            check("examples", "clicks", examples.clicks().length, n);
        }
        this.m = required("events", "users", events.users() == null ? -1 : events.users().length);
        check("events", "items", events.items() == null ? -1 : events.items().length, m);
        check("events", "types", events.types() == null ? -1 : events.types().length, m);
        check("events", "categories", events.categories() == null ? -1 : events.categories().length, m);
        check("events", "times", events.times() == null ? -1 : events.times().length, m);
    }

    private static int required(String log, String array, int length) {
        if (length < 0) {
            throw new IllegalArgumentException(log + " " + array + " are required");
        }
        return length;
    }

    private static void check(String log, String array, int length, int expected) {
        required(log, array, length);
        if (length != expected) {
            throw new IllegalArgumentException(log + " " + array + " has " + length + " values but " + log
                    + " users has " + expected);
        }
    }

    BehaviourColumns run() {
        intern();
        int[] exOrder = TimeOrder.argsort(examples.times());
        tick(n);
        int[] evOrder = TimeOrder.argsort(events.times());
        tick(m);
        allocateState();

        Columns out = new Columns(n);
        long[] exTimes = examples.times();
        long[] evTimes = events.times();
        double[] clicks = examples.clicks();
        double w = BehaviourAggregates.PRIOR_WEIGHT;
        int e = 0;
        int x = 0;
        while (x < n) {
            long t = exTimes[exOrder[x]];
            while (e < m && evTimes[evOrder[e]] < t) {
                applyEvent(evOrder[e++]);
                tick(1);
            }
            int end = x;
            while (end < n && exTimes[exOrder[end]] == t) {
                end++;
            }
            double globalRate = globalLabelled > 0 ? globalClicks / globalLabelled : 0;
            double prior = w * globalRate;
            for (int k = x; k < end; k++) {
                aggregate(out, exOrder[k], t, prior, w);
            }
            for (int k = x; k < end; k++) {
                countExample(exOrder[k], clicks);
            }
            tick(2L * (end - x));
            x = end;
        }
        return new BehaviourColumns(List.of(out.impressions, out.userCtr, out.views, out.purchases, out.recency,
                out.categoryShare, out.popularity, out.itemCtr), out.lastCategories);
    }

    /** The aggregate columns being filled, one value per example row. */
    private static final class Columns {
        final double[] impressions;
        final double[] userCtr;
        final double[] views;
        final double[] purchases;
        final double[] recency;
        final double[] categoryShare;
        final double[] popularity;
        final double[] itemCtr;
        final String[] lastCategories;

        Columns(int n) {
            impressions = new double[n];
            userCtr = new double[n];
            views = new double[n];
            purchases = new double[n];
            recency = new double[n];
            categoryShare = new double[n];
            popularity = new double[n];
            itemCtr = new double[n];
            lastCategories = new String[n];
        }
    }

    /** One example's aggregates at time {@code t}, from the events and labelled examples strictly before it. */
    private void aggregate(Columns out, int row, long t, double prior, double w) {
        int u = exUser[row];
        int item = exItem[row];
        out.impressions[row] = userImpressions[u];
        out.userCtr[row] = (userClicks[u] + prior) / (userLabelled[u] + w);
        out.views[row] = userViews[u];
        out.purchases[row] = userPurchases[u];
        out.recency[row] = userEvents[u] > 0 ? (t - userLastEvent[u]) / MILLIS_PER_HOUR : Double.NaN;
        int c = exCat[row];
        if (c < 0) {
            out.categoryShare[row] = Double.NaN;
        } else {
            int distinctCategories = categoriesSeen + (categorySeen[c] ? 0 : 1);
            int inCategory = denseUserCategoryCounts != null
                    ? denseUserCategoryCounts[(int) pairKey(u, c)]
                    : userCategoryCounts.get(pairKey(u, c), 0);
            out.categoryShare[row] = (inCategory + 1.0) / ((double) userCategorised[u] + distinctCategories);
        }
        out.popularity[row] = itemEvents[item];
        out.itemCtr[row] = (itemClicks[item] + prior) / (itemLabelled[item] + w);
        out.lastCategories[row] = lastCategories(u);
    }

    /** Counts an example (its impression, and its label when it has one) into its user's, item's and global state. */
    private void countExample(int row, double[] clicks) {
        int u = exUser[row];
        int item = exItem[row];
        userImpressions[u]++;
        if (clicks != null) {
            double label = clicks[row];
            if (!Double.isNaN(label)) {
                userLabelled[u]++;
                userClicks[u] += label;
                itemLabelled[item]++;
                itemClicks[item] += label;
                globalLabelled++;
                globalClicks += label;
            }
        }
    }

    private void tick(long rows) {
        long before = work;
        work += rows;
        if (cancel != null && (before / CANCEL_EVERY != work / CANCEL_EVERY)) {
            cancel.throwIfCancelled();
        }
    }

    private void intern() {
        LongIntMap users = new LongIntMap(Math.max(16, (n + m) / 16));
        LongIntMap items = new LongIntMap(Math.max(16, (n + m) / 64));
        Map<String, Integer> categories = new HashMap<>();
        Map<String, Byte> types = new HashMap<>();
        exUser = new int[n];
        exItem = new int[n];
        exCat = new int[n];
        long[] users0 = examples.users();
        long[] items0 = examples.items();
        String[] cats0 = examples.categories();
        for (int i = 0; i < n; i++) {
            exUser[i] = users.intern(users0[i]);
            exItem[i] = items.intern(items0[i]);
            exCat[i] = category(categories, cats0[i]);
        }
        tick(n);
        evUser = new int[m];
        evItem = new int[m];
        evCat = new int[m];
        evType = new byte[m];
        long[] users1 = events.users();
        long[] items1 = events.items();
        String[] cats1 = events.categories();
        String[] types1 = events.types();
        for (int j = 0; j < m; j++) {
            evUser[j] = users.intern(users1[j]);
            evItem[j] = items.intern(items1[j]);
            evCat[j] = category(categories, cats1[j]);
            String type = types1[j];
            evType[j] = type == null ? OTHER : types.computeIfAbsent(type, AggregateSweep::typeCode);
            if ((j & (CANCEL_EVERY - 1)) == CANCEL_EVERY - 1) {
                tick(CANCEL_EVERY);
            }
        }
        userImpressions = new int[users.size()];
        itemEvents = new int[items.size()];
    }

    private static byte typeCode(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "view" -> VIEW;
            case "purchase" -> PURCHASE;
            default -> OTHER;
        };
    }

    private int category(Map<String, Integer> categories, String name) {
        if (name == null) {
            return -1;
        }
        Integer id = categories.get(name);
        if (id == null) {
            id = categoryNames.size();
            categories.put(name, id);
            categoryNames.add(name);
        }
        return id;
    }

    private void allocateState() {
        int users = userImpressions.length;
        int items = itemEvents.length;
        userLabelled = new int[users];
        userClicks = new double[users];
        userViews = new int[users];
        userPurchases = new int[users];
        userEvents = new int[users];
        userCategorised = new int[users];
        userLastEvent = new long[users];
        ring = new int[users][];
        ringHead = new int[users];
        ringLength = new int[users];
        joinedLast = new String[users];
        itemLabelled = new int[items];
        itemClicks = new double[items];
        categorySeen = new boolean[categoryNames.size()];
        if ((long) users * categorySeen.length <= densePairLimit) {
            denseUserCategoryCounts = new int[users * categorySeen.length];
        } else {
            userCategoryCounts = new LongIntMap(Math.max(16, Math.min(m, users * 4)));
        }
    }

    private long pairKey(int user, int category) {
        return (long) user * categorySeen.length + category;
    }

    private void applyEvent(int j) {
        int u = evUser[j];
        userEvents[u]++;
        userLastEvent[u] = events.times()[j];
        byte type = evType[j];
        if (type == VIEW) {
            userViews[u]++;
        } else if (type == PURCHASE) {
            userPurchases[u]++;
        }
        itemEvents[evItem[j]]++;
        int c = evCat[j];
        if (c >= 0) {
            if (!categorySeen[c]) {
                categorySeen[c] = true;
                categoriesSeen++;
            }
            userCategorised[u]++;
            if (denseUserCategoryCounts != null) {
                denseUserCategoryCounts[(int) pairKey(u, c)]++;
            } else {
                userCategoryCounts.addTo(pairKey(u, c), 1);
            }
            pushCategory(u, c);
        }
    }

    private void pushCategory(int u, int c) {
        joinedLast[u] = null;
        int[] buffer = ring[u];
        int length = ringLength[u];
        if (length < lastN) {
            if (buffer == null || length == buffer.length) {
                int capacity = (int) Math.min(lastN, Math.max(4L, buffer == null ? 4L : 2L * buffer.length));
                int[] grown = new int[capacity];
                for (int i = 0; i < length; i++) {
                    grown[i] = buffer[(ringHead[u] + i) % buffer.length];
                }
                ring[u] = buffer = grown;
                ringHead[u] = 0;
            }
            buffer[(ringHead[u] + length) % buffer.length] = c;
            ringLength[u] = length + 1;
        } else {
            // full at lastN: overwrite the oldest
            buffer[ringHead[u]] = c;
            ringHead[u] = (ringHead[u] + 1) % buffer.length;
        }
    }

    private String lastCategories(int u) {
        int length = ringLength[u];
        if (length == 0) {
            return null;
        }
        String joined = joinedLast[u];
        if (joined == null) {
            int[] buffer = ring[u];
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    text.append('|');
                }
                text.append(categoryNames.get(buffer[(ringHead[u] + i) % buffer.length]));
            }
            joined = text.toString();
            joinedLast[u] = joined;
        }
        return joined;
    }
}
