package io.campaignlab.engine.features;

import io.campaignlab.engine.features.BehaviourAggregates.EventLog;
import io.campaignlab.engine.features.BehaviourAggregates.ExampleLog;
import io.campaignlab.engine.jobs.CancellationToken;

import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour sequence a sequence model (BST) reads: per example, the items and the categories of the user's last
 * L events strictly before the example's time, oldest first, followed by the example's own (target) item and
 * category. The no-leakage rule is {@link BehaviourAggregates}'s: an event at exactly the example's time is not in
 * its sequence, events with equal times count in log order, and no example label is read.
 * <p>
 * The two columns ({@link #ITEMS}, {@link #CATEGORIES}) are multi-valued text ({@code |}-joined): items as their
 * numeric ids (text ids hashed as the loader hashes them), a missing category as the empty string. They enter a
 * model as the last two fields of its {@link FeatureSpec} ({@link #withSequence}), multi-valued with L + 1 kept
 * values, so that the fitted pipeline keeps one vocabulary for the history items and the target item.
 * <p>
 * Computed by grouping the events by user in time order and binary-searching each example's time in its user's
 * events: O((examples + events) log events).
 */
public final class BehaviourSequences {

    public static final String ITEMS = "bh_seq_items";
    public static final String CATEGORIES = "bh_seq_categories";
    public static final int DEFAULT_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final int CANCEL_EVERY = 1 << 16;

    private BehaviourSequences() {
    }

    /**
     * The spec with the two sequence fields of length {@code length} as its last fields (any earlier sequence
     * fields removed).
     *
     * @throws IllegalArgumentException when the spec has no behaviour events or the length is outside 1..200
     */
    public static FeatureSpec withSequence(FeatureSpec spec, int length) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("the sequence length must be between 1 and " + MAX_LENGTH + ", was "
                    + length);
        }
        if (spec.behaviour() == null) {
            throw new IllegalArgumentException("a behaviour sequence needs an events dataset (--behaviour EVENTS)");
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (FieldSpec field : spec.fields()) {
            if (!isSequence(field.column())) {
                fields.add(field);
            }
        }
        fields.add(FieldSpec.multiValued(ITEMS, length + 1));
        fields.add(FieldSpec.multiValued(CATEGORIES, length + 1));
        return new FeatureSpec(fields, spec.behaviour());
    }

    /** The sequence length L of a spec's sequence fields, or 0 when it has none. */
    public static int length(FeatureSpec spec) {
        return spec.fields().stream().filter(f -> f.column().equals(ITEMS)).mapToInt(f -> f.maxValues() - 1)
                .findFirst().orElse(0);
    }

    /** Whether the spec ends with the two sequence fields, as a sequence model needs. */
    public static boolean endsWithSequence(FeatureSpec spec) {
        List<FieldSpec> fields = spec.fields();
        int n = fields.size();
        return n >= 2 && fields.get(n - 2).column().equals(ITEMS) && fields.get(n - 1).column().equals(CATEGORIES)
                && fields.get(n - 2).maxValues() == fields.get(n - 1).maxValues();
    }

    public static boolean isSequence(String column) {
        return column.equals(ITEMS) || column.equals(CATEGORIES);
    }

    /**
     * The sequences of every example.
     *
     * @param length the most earlier events kept (L)
     * @param cancel checked every 65,536 examples; may be null
     */
    public static Sequences compute(ExampleLog examples, EventLog events, int length, CancellationToken cancel) {
        if (length < 1) {
            throw new IllegalArgumentException("the sequence length must be positive, was " + length);
        }
        int m = events.users().length;
        LongIntMap userIds = new LongIntMap(Math.max(16, m / 16));
        int[] eventUser = new int[m];
        for (int j = 0; j < m; j++) {
            eventUser[j] = userIds.intern(events.users()[j]);
        }
        int users = userIds.size();
        int[] start = new int[users + 1];
        for (int u : eventUser) {
            start[u + 1]++;
        }
        for (int u = 0; u < users; u++) {
            start[u + 1] += start[u];
        }
        // counting sort by user of the stable time order: each user's events in time order, ties in log order
        int[] byUser = new int[m];
        int[] next = java.util.Arrays.copyOf(start, users);
        for (int j : TimeOrder.argsort(events.times())) {
            byUser[next[eventUser[j]]++] = j;
        }
        int n = examples.users().length;
        String[] items = new String[n];
        String[] categories = new String[n];
        StringBuilder itemText = new StringBuilder();
        StringBuilder categoryText = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (cancel != null && (i & (CANCEL_EVERY - 1)) == CANCEL_EVERY - 1) {
                cancel.throwIfCancelled();
            }
            itemText.setLength(0);
            categoryText.setLength(0);
            int u = userIds.get(examples.users()[i], -1);
            if (u >= 0) {
                int end = firstAtOrAfter(events.times(), byUser, start[u], start[u + 1], examples.times()[i]);
                for (int k = Math.max(start[u], end - length); k < end; k++) {
                    int j = byUser[k];
                    itemText.append(events.items()[j]).append('|');
                    categoryText.append(category(events.categories()[j])).append('|');
                }
            }
            items[i] = itemText.append(examples.items()[i]).toString();
            categories[i] = categoryText.append(category(examples.categories()[i])).toString();
        }
        return new Sequences(items, categories);
    }

    private static String category(String value) {
        return value == null ? "" : value;
    }

    /** The first position in byUser[from..to) whose event time is ≥ t (to when none). */
    private static int firstAtOrAfter(long[] times, int[] byUser, int from, int to, long t) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[byUser[mid]] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The sequence columns, row-aligned with the examples.
     *
     * @param items      {@link #ITEMS} per row
     * @param categories {@link #CATEGORIES} per row
     */
    public record Sequences(String[] items, String[] categories) {
    }
}
