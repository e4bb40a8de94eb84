package io.campaignlab.engine.models;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourAggregates;
import io.campaignlab.engine.features.BehaviourSequences;
import io.campaignlab.engine.features.BehaviourSpec;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the examples a model reads from the workspace: the feature columns, the labels, the time and user columns
 * for splits, and the behavioural aggregates computed from an events dataset.
 */
final class ExampleLoader {

    private ExampleLoader() {
    }

    /**
     * @param labels the label columns to load (none when scoring)
     */
    static TrainingData load(WorkspaceContext workspace, DatasetInfo dataset, FeatureSpec features,
                             List<String> labels, boolean forTraining, ProgressListener progress,
                             CancellationToken cancel) {
        ExampleColumns roles = ExampleColumns.of(dataset);
        Set<String> wanted = new LinkedHashSet<>(features.datasetColumns());
        wanted.addAll(labels);
        if (forTraining && roles.time() != null) {
            wanted.add(roles.time());
        }
        if (forTraining && roles.user() != null) {
            wanted.add(roles.user());
        }
        BehaviourSpec behaviour = features.behaviour();
        if (behaviour != null) {
            wanted.add(roles.require(roles.user(), "user_id", dataset, "behavioural aggregates"));
            wanted.add(roles.require(roles.item(), "item_id", dataset, "behavioural aggregates"));
            wanted.add(roles.require(roles.time(), "timestamp", dataset, "behavioural aggregates"));
            if (roles.category() != null) {
                wanted.add(roles.category());
            }
        }
        requireColumns(dataset, wanted);
        progress.message("Reading " + dataset.name());
        Frame frame = workspace.frames().read(dataset.name(), List.copyOf(wanted), progress, cancel);
        if (behaviour != null) {
            frame = withAggregates(workspace, frame, roles, labels.isEmpty() ? null : labels.get(0), behaviour,
                    BehaviourSequences.length(features), progress, cancel);
        }
        long[] times = roles.time() != null && frame.has(roles.time()) ? frame.times(roles.time()) : null;
        long[] users = roles.user() != null && frame.has(roles.user()) ? ids(frame.column(roles.user())) : null;
        return new TrainingData(frame, times, users);
    }

    /** Fails naming every column the dataset lacks. */
    static void requireColumns(DatasetInfo dataset, Set<String> wanted) {
        Set<String> missing = new TreeSet<>();
        for (String column : wanted) {
            if (dataset.column(column).isEmpty()) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("dataset " + dataset.name() + " lacks column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " that the model needs; it has " + dataset.columns().stream().map(c -> c.name()).toList());
        }
    }

    /**
     * The frame with the behavioural aggregates of {@link BehaviourAggregates} added and, when
     * {@code sequenceLength} is positive, the behaviour sequences of {@link BehaviourSequences}.
     */
    static Frame withAggregates(WorkspaceContext workspace, Frame frame, ExampleColumns roles, String label,
                                BehaviourSpec behaviour, int sequenceLength, ProgressListener progress,
                                CancellationToken cancel) {
        DatasetInfo events = workspace.datasets().require(behaviour.eventsDataset());
        ExampleColumns eventRoles = ExampleColumns.of(events);
        String type = events.columnsWithRole(io.campaignlab.engine.datasets.ColumnRole.EVENT_TYPE).stream()
                .findFirst().map(c -> c.name()).orElseThrow(() -> new IllegalArgumentException("events dataset "
                        + events.name() + " has no event_type column"));
        List<String> columns = new ArrayList<>(List.of(
                eventRoles.require(eventRoles.user(), "user_id", events, "behavioural aggregates"),
                eventRoles.require(eventRoles.item(), "item_id", events, "behavioural aggregates"), type,
                eventRoles.require(eventRoles.time(), "timestamp", events, "behavioural aggregates")));
        if (eventRoles.category() != null) {
            columns.add(eventRoles.category());
        }
        progress.message("Reading " + events.name() + " for behavioural aggregates");
        Frame log = workspace.frames().read(events.name(), columns, ProgressListener.none(), cancel);
        String[] eventCategories = eventRoles.category() != null ? log.texts(eventRoles.category())
                : new String[log.rows()];
        BehaviourAggregates.EventLog eventLog = new BehaviourAggregates.EventLog(ids(log.column(columns.get(0))),
                ids(log.column(columns.get(1))), log.texts(type), eventCategories, log.times(columns.get(3)));
        double[] clicks = label != null && frame.has(label) && frame.column(label) instanceof FrameColumn.Numbers n
                ? n.values() : null;
        String[] categories = roles.category() != null ? frame.texts(roles.category()) : new String[frame.rows()];
        BehaviourAggregates.ExampleLog examples = new BehaviourAggregates.ExampleLog(ids(frame.column(roles.user())),
                ids(frame.column(roles.item())), categories, frame.times(roles.time()), clicks);
        progress.message("Computing behavioural aggregates");
        progress.progress(0, -1);
        BehaviourAggregates.BehaviourColumns aggregates = BehaviourAggregates.compute(examples, eventLog,
                behaviour.lastN(), cancel);
        List<FrameColumn> columnsOut = new ArrayList<>(frame.columns().values());
        for (int i = 0; i < BehaviourAggregates.NUMERIC.size(); i++) {
            columnsOut.add(new FrameColumn.Numbers(BehaviourAggregates.NUMERIC.get(i), aggregates.numeric().get(i)));
        }
        columnsOut.add(new FrameColumn.Texts(BehaviourAggregates.LAST_CATEGORIES, aggregates.lastCategories()));
        if (sequenceLength > 0) {
            progress.message("Collecting behaviour sequences");
            BehaviourSequences.Sequences sequences = BehaviourSequences.compute(examples, eventLog, sequenceLength,
                    cancel);
            columnsOut.add(new FrameColumn.Texts(BehaviourSequences.ITEMS, sequences.items()));
            columnsOut.add(new FrameColumn.Texts(BehaviourSequences.CATEGORIES, sequences.categories()));
        }
        return Frame.of(frame.dataset(), frame.rowIds(), columnsOut);
    }

    /** Ids as longs: numbers as they are, text ids hashed stably. */
    static long[] ids(FrameColumn column) {
        long[] out = new long[column.size()];
        if (column instanceof FrameColumn.Numbers n) {
            for (int i = 0; i < out.length; i++) {
                double v = n.values()[i];
                out[i] = Double.isNaN(v) ? Long.MIN_VALUE : (long) v;
            }
        } else if (column instanceof FrameColumn.Texts t) {
            for (int i = 0; i < out.length; i++) {
                String v = t.values()[i];
                out[i] = v == null ? Long.MIN_VALUE : stableHash(v);
            }
        } else {
            throw new IllegalArgumentException("column " + column.name() + " holds times, not ids");
        }
        return out;
    }

    private static long stableHash(String value) {
        long h = 1125899906842597L;
        for (int i = 0; i < value.length(); i++) {
            h = 31 * h + value.charAt(i);
        }
        return h;
    }
}
