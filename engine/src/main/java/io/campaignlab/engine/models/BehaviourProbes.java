package io.campaignlab.engine.models;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourAggregates;
import io.campaignlab.engine.features.BehaviourSequences;
import io.campaignlab.engine.features.BehaviourSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The behavioural aggregates a behaviour-trained run reads, for probe examples at one time: what the batch path
 * ({@link ExampleLoader}, as training and {@code score} compute them) gives rows (user, item, category, time) appended
 * to the run's dataset, unlabelled. Every probe is at the same time, so no probe sees another; each sees every event
 * and every labelled example of the dataset strictly before that time. The decision engine computes them once at load
 * for each (user, creative), as of serve start.
 */
public final class BehaviourProbes {

    private BehaviourProbes() {
    }

    /**
     * One probe example.
     *
     * @param user     the user id as the dataset writes it, or null for a user with no history at all
     * @param item     the item id
     * @param category the item's category, or null
     */
    public record Probe(String user, String item, String category) {
    }

    /** Whether the run's model reads behavioural aggregates. */
    public static boolean reads(LoadedModel model) {
        return model.artifact().features().behaviour() != null;
    }

    /**
     * @param millis the probes' time (epoch millis, as the dataset's timestamps are read)
     * @return one row per probe, in order, with the aggregate columns ({@link BehaviourAggregates#NUMERIC} and
     *         {@link BehaviourAggregates#LAST_CATEGORIES})
     * @throws IllegalArgumentException when the run reads no aggregates, or its dataset lacks the columns they need
     */
    public static Frame at(WorkspaceContext workspace, LoadedModel model, List<Probe> probes, long millis,
                           CancellationToken cancel) {
        BehaviourSpec behaviour = model.artifact().features().behaviour();
        if (behaviour == null) {
            throw new IllegalArgumentException("run " + model.run().id() + " reads no behavioural aggregates");
        }
        DatasetInfo dataset = workspace.datasets().require(model.run().spec().datasetName());
        ExampleColumns roles = ExampleColumns.of(dataset);
        String user = roles.require(roles.user(), "user_id", dataset, "behavioural aggregates");
        String item = roles.require(roles.item(), "item_id", dataset, "behavioural aggregates");
        String time = roles.require(roles.time(), "timestamp", dataset, "behavioural aggregates");
        String label = dataset.column(model.artifact().label()).isPresent() ? model.artifact().label() : null;
        List<String> columns = new ArrayList<>(List.of(user, item, time));
        if (roles.category() != null) {
            columns.add(roles.category());
        }
        if (label != null) {
            columns.add(label);
        }
        Frame rows = workspace.frames().read(dataset.name(), columns, ProgressListener.none(), cancel);
        int n = rows.rows();
        int m = probes.size();
        List<FrameColumn> out = new ArrayList<>();
        out.add(append(rows.column(user), probes.stream().map(Probe::user).toArray(String[]::new), true));
        out.add(append(rows.column(item), probes.stream().map(Probe::item).toArray(String[]::new), false));
        long[] times = Arrays.copyOf(rows.times(time), n + m);
        Arrays.fill(times, n, n + m, millis);
        out.add(new FrameColumn.Times(time, times));
        if (roles.category() != null) {
            out.add(append(rows.column(roles.category()), probes.stream().map(Probe::category)
                    .toArray(String[]::new), false));
        }
        if (label != null) {
            out.add(append(rows.column(label), new String[m], false));
        }
        long[] rowIds = Arrays.copyOf(rows.rowIds(), n + m);
        long next = Arrays.stream(rows.rowIds()).max().orElse(0) + 1;
        for (int i = 0; i < m; i++) {
            rowIds[n + i] = next + i;
        }
        Frame with = ExampleLoader.withAggregates(workspace, Frame.of(dataset.name(), rowIds, out), roles, label,
                behaviour, BehaviourSequences.length(model.artifact().features()), ProgressListener.none(), cancel);
        int[] tail = new int[m];
        for (int i = 0; i < m; i++) {
            tail[i] = n + i;
        }
        Frame probed = with.select(tail);
        List<FrameColumn> aggregates = new ArrayList<>();
        BehaviourAggregates.NUMERIC.forEach(c -> aggregates.add(probed.column(c)));
        aggregates.add(probed.column(BehaviourAggregates.LAST_CATEGORIES));
        for (String sequence : List.of(BehaviourSequences.ITEMS, BehaviourSequences.CATEGORIES)) {
            if (probed.has(sequence)) {
                aggregates.add(probed.column(sequence));
            }
        }
        return Frame.of(dataset.name(), probed.rowIds(), aggregates);
    }

    /**
     * The column with the probes' values after its rows: numbers parsed (a value that is not a number is missing),
     * text as is. With {@code fresh}, a null value becomes an id no row has (a user with no history).
     */
    private static FrameColumn append(FrameColumn column, String[] values, boolean fresh) {
        if (column instanceof FrameColumn.Numbers num) {
            double[] v = Arrays.copyOf(num.values(), num.size() + values.length);
            double unused = Arrays.stream(num.values()).filter(x -> !Double.isNaN(x)).max().orElse(0) + 1;
            for (int i = 0; i < values.length; i++) {
                v[num.size() + i] = values[i] == null ? (fresh ? unused : Double.NaN) : parse(values[i]);
            }
            return new FrameColumn.Numbers(num.name(), v);
        }
        if (column instanceof FrameColumn.Texts t) {
            String[] v = Arrays.copyOf(t.values(), t.size() + values.length);
            for (int i = 0; i < values.length; i++) {
                v[t.size() + i] = values[i] == null && fresh ? "\u0000no history" : values[i];
            }
            return new FrameColumn.Texts(t.name(), v);
        }
        throw new IllegalArgumentException("column '" + column.name() + "' holds times; it cannot hold ids");
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
