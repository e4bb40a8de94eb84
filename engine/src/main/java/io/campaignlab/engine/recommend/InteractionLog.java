package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event of an events dataset as int ids, grouped by user and in time order within a user (ties keep the
 * dataset's row order). Raw ids map to dense ints in order of first appearance in the dataset. Frozen once built.
 */
public final class InteractionLog {

    private final String[] userIds;
    private final String[] itemIds;
    private final Map<String, Integer> userIndex;
    private final Map<String, Integer> itemIndex;
    private final int[] userStart;
    private final int[] item;
    private final float[] weight;
    private final long[] time;
    private final boolean[] purchase;

    private InteractionLog(String[] userIds, String[] itemIds, Map<String, Integer> userIndex,
                           Map<String, Integer> itemIndex, int[] userStart, int[] item, float[] weight, long[] time,
                           boolean[] purchase) {
        this.userIds = userIds;
        this.itemIds = itemIds;
        this.userIndex = userIndex;
        this.itemIndex = itemIndex;
        this.userStart = userStart;
        this.item = item;
        this.weight = weight;
        this.time = time;
        this.purchase = purchase;
    }

    /** The columns of an events dataset this reads, by role: user, item, event type (or null), timestamp. */
    public record Columns(String user, String item, String eventType, String timestamp) {

        public static Columns of(DatasetInfo dataset) {
            String needs = "recommendations need user_id, item_id and timestamp columns (event_type optional)";
            return new Columns(required(dataset, ColumnRole.USER_ID, needs),
                    required(dataset, ColumnRole.ITEM_ID, needs), withRole(dataset, ColumnRole.EVENT_TYPE).orElse(null),
                    required(dataset, ColumnRole.TIMESTAMP, needs));
        }

        public List<String> names() {
            List<String> names = new ArrayList<>(List.of(user, item, timestamp));
            if (eventType != null) {
                names.add(eventType);
            }
            return names;
        }

        /**
         * The dataset's first column with the role.
         *
         * @param needs what needs which columns, for the error, e.g. {@code recommendations need user_id, …}
         */
        public static String required(DatasetInfo dataset, ColumnRole role, String needs) {
            return withRole(dataset, role).orElseThrow(() -> new IllegalArgumentException("dataset "
                    + dataset.name() + " has no column with the role " + role.id() + "; " + needs));
        }

        /** The dataset's first column with the role, if it has one. */
        public static Optional<String> withRole(DatasetInfo dataset, ColumnRole role) {
            return dataset.columnsWithRole(role).stream().map(ColumnMeta::name).findFirst();
        }
    }

    /** Reads an events dataset into an interaction log. */
    public static InteractionLog read(FrameReader frames, DatasetInfo dataset, EventWeights weights,
                                      ProgressListener progress, CancellationToken cancel) {
        Columns columns = Columns.of(dataset);
        return of(frames.read(dataset.name(), columns.names(), progress, cancel), columns, weights);
    }

    /** Reads the events of a frame; rows with a missing user, item or time are skipped. */
    public static InteractionLog of(Frame frame, Columns columns, EventWeights weights) {
        String[] users = ids(frame.column(columns.user()));
        String[] items = ids(frame.column(columns.item()));
        long[] times = frame.times(columns.timestamp());
        String[] types = columns.eventType() == null ? new String[users.length] : frame.texts(columns.eventType());
        return of(users, items, types, times, weights);
    }

    /** Builds a log from parallel arrays of raw values; rows with a missing user, item or time are skipped. */
    public static InteractionLog of(String[] users, String[] items, String[] types, long[] times,
                                    EventWeights weights) {
        int n = users.length;
        Map<String, Integer> userIndex = new HashMap<>();
        Map<String, Integer> itemIndex = new HashMap<>();
        List<String> userList = new ArrayList<>();
        List<String> itemList = new ArrayList<>();
        int[] u = new int[n];
        int[] it = new int[n];
        int kept = 0;
        int[] rows = new int[n];
        for (int r = 0; r < n; r++) {
            if (users[r] == null || items[r] == null || times[r] == FrameColumn.MISSING_TIME) {
                continue;
            }
            u[kept] = userIndex.computeIfAbsent(users[r], k -> {
                userList.add(k);
                return userList.size() - 1;
            });
            it[kept] = itemIndex.computeIfAbsent(items[r], k -> {
                itemList.add(k);
                return itemList.size() - 1;
            });
            rows[kept] = r;
            kept++;
        }
        Integer[] order = new Integer[kept];
        for (int i = 0; i < kept; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(u[a], u[b]);
            if (c != 0) {
                return c;
            }
            c = Long.compare(times[rows[a]], times[rows[b]]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] userStart = new int[userList.size() + 1];
        int[] item = new int[kept];
        float[] weight = new float[kept];
        long[] time = new long[kept];
        boolean[] purchase = new boolean[kept];
        for (int i = 0; i < kept; i++) {
            int e = order[i];
            int r = rows[e];
            item[i] = it[e];
            weight[i] = (float) weights.weight(types[r]);
            time[i] = times[r];
            purchase[i] = weights.isPurchase(types[r]);
            userStart[u[e] + 1]++;
        }
        for (int i = 0; i < userList.size(); i++) {
            userStart[i + 1] += userStart[i];
        }
        return new InteractionLog(userList.toArray(String[]::new), itemList.toArray(String[]::new),
                Map.copyOf(userIndex), Map.copyOf(itemIndex), userStart, item, weight, time, purchase);
    }

    public static String[] ids(FrameColumn column) {
        if (column instanceof FrameColumn.Texts t) {
            return t.values();
        }
        if (column instanceof FrameColumn.Numbers n) {
            String[] out = new String[n.size()];
            for (int i = 0; i < out.length; i++) {
                double v = n.values()[i];
                out[i] = Double.isNaN(v) ? null : v == Math.rint(v) && Math.abs(v) < 1e15
                        ? Long.toString((long) v) : Double.toString(v);
            }
            return out;
        }
        throw new IllegalArgumentException("an id column cannot be a time: " + column.name());
    }

    public int users() {
        return userIds.length;
    }

    public int items() {
        return itemIds.length;
    }

    public int events() {
        return item.length;
    }

    public String userId(int user) {
        return userIds[user];
    }

    public String itemId(int item) {
        return itemIds[item];
    }

    /** The int id of a raw user id, or -1. */
    public int user(String rawId) {
        Integer i = userIndex.get(rawId);
        return i == null ? -1 : i;
    }

    /** The int id of a raw item id, or -1. */
    public int item(String rawId) {
        Integer i = itemIndex.get(rawId);
        return i == null ? -1 : i;
    }

    /** The raw item ids in int-id order. */
    public List<String> itemIds() {
        return List.of(itemIds);
    }

    /** The first event of a user; the user's events are {@code start(u)} to {@code start(u + 1)} exclusive. */
    public int start(int user) {
        return userStart[user];
    }

    public int end(int user) {
        return userStart[user + 1];
    }

    public int itemOf(int event) {
        return item[event];
    }

    public float weightOf(int event) {
        return weight[event];
    }

    public long timeOf(int event) {
        return time[event];
    }

    public boolean isPurchase(int event) {
        return purchase[event];
    }

    /**
     * The same users and items (same int ids) with only the kept events, in the same order: the training part of a
     * split as a log of its own, so that a protocol can be applied to it again (a validation part inside training).
     */
    public InteractionLog restrict(boolean[] keep) {
        if (keep.length != events()) {
            throw new IllegalArgumentException("the mask has " + keep.length + " entries for " + events() + " events");
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        int[] start = new int[users() + 1];
        int[] it = new int[kept];
        float[] w = new float[kept];
        long[] t = new long[kept];
        boolean[] p = new boolean[kept];
        int n = 0;
        for (int u = 0; u < users(); u++) {
            for (int e = start(u); e < end(u); e++) {
                if (keep[e]) {
                    it[n] = item[e];
                    w[n] = weight[e];
                    t[n] = time[e];
                    p[n] = purchase[e];
                    n++;
                }
            }
            start[u + 1] = n;
        }
        return new InteractionLog(userIds, itemIds, userIndex, itemIndex, start, it, w, t, p);
    }

    /** The matrix of every event. */
    public InteractionMatrix matrix() {
        boolean[] all = new boolean[events()];
        Arrays.fill(all, true);
        return matrix(all);
    }

    /** The matrix of the kept events: one cell per (user, item) pair, weights summed. */
    public InteractionMatrix matrix(boolean[] keep) {
        return InteractionMatrix.build(this, keep);
    }
}
