package io.campaignlab.engine.models;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.BehaviourAggregates;
import io.campaignlab.engine.features.BehaviourSequences;
import io.campaignlab.engine.features.BehaviourSpec;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.SplitColumn;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.features.Splitter;
import io.campaignlab.engine.features.SuppliedDatasets;
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
     * The examples a training request reads, with its supplied split: the split column read into fixed parts, or
     * the supplied validation and test datasets' rows after the training dataset's (each checked to have the
     * training dataset's feature and label columns), their parts fixed.
     *
     * @param labels the label columns to load
     */
    static TrainingData forRequest(WorkspaceContext workspace, TrainingRequest request, DatasetInfo dataset,
                                   List<String> labels, ProgressListener progress, CancellationToken cancel) {
        SplitSpec split = request.split();
        if (split.kind() == SplitKind.COLUMN) {
            TrainingData data = load(workspace, dataset, request.features(), labels, List.of(split.column()), true,
                    progress, cancel);
            return new TrainingData(data.frame(), data.times(), data.users(),
                    SplitColumn.parts(data.frame(), split.column()));
        }
        if (split.testDataset() == null) {
            return load(workspace, dataset, request.features(), labels, true, progress, cancel);
        }
        Set<String> read = new LinkedHashSet<>(request.features().datasetColumns());
        read.addAll(labels);
        requireColumns(dataset, read);
        List<DatasetInfo> supplied = new ArrayList<>();
        for (String name : split.suppliedDatasets()) {
            DatasetInfo other = workspace.datasets().require(name);
            SuppliedDatasets.requireSameColumns(dataset, other, name.equals(split.testDataset()) ? "test"
                    : "validation", read);
            supplied.add(other);
        }
        List<TrainingData> parts = new ArrayList<>();
        parts.add(load(workspace, dataset, request.features(), labels, true, progress, cancel));
        for (DatasetInfo other : supplied) {
            parts.add(load(workspace, other, request.features(), labels, true, progress, cancel));
        }
        for (TrainingData part : parts) {
            labels.forEach(label -> Labels.binary(part.frame(), label)); // refused here, naming its own dataset
        }
        return concat(dataset.name(), parts, split.validDataset() != null);
    }

    /** The parts' rows one after another; the first part's rows are open (or train), the others fixed. */
    private static TrainingData concat(String name, List<TrainingData> parts, boolean trainWhole) {
        for (TrainingData part : parts) {
            if (part.frame().rows() == 0) {
                throw new IllegalArgumentException("dataset " + part.frame().dataset() + " has no rows, so the "
                        + "split would leave a part empty");
            }
        }
        Frame frame = Frame.concat(name, parts.stream().map(TrainingData::frame).toList());
        byte[] fixed = new byte[frame.rows()];
        long[] times = parts.get(0).times() == null ? null : new long[frame.rows()];
        long[] users = parts.get(0).users() == null ? null : new long[frame.rows()];
        int at = 0;
        for (int p = 0; p < parts.size(); p++) {
            TrainingData part = parts.get(p);
            int rows = part.frame().rows();
            // the first part trains (or is cut); with two supplied datasets the second validates, the last tests
            byte code = p == 0 ? (trainWhole ? (byte) 0 : Splitter.OPEN) : (byte) (p == parts.size() - 1 ? 2 : 1);
            java.util.Arrays.fill(fixed, at, at + rows, code);
            // supplied rows' parts are fixed, so their times and users only fill the arrays
            if (times != null && part.times() != null) {
                System.arraycopy(part.times(), 0, times, at, rows);
            }
            if (users != null && part.users() != null) {
                System.arraycopy(part.users(), 0, users, at, rows);
            }
            at += rows;
        }
        return new TrainingData(frame, times, users, fixed);
    }

    /**
     * @param labels the label columns to load (none when scoring)
     */
    static TrainingData load(WorkspaceContext workspace, DatasetInfo dataset, FeatureSpec features,
                             List<String> labels, boolean forTraining, ProgressListener progress,
                             CancellationToken cancel) {
        return load(workspace, dataset, features, labels, List.of(), forTraining, progress, cancel);
    }

    /**
     * @param labels the label columns to load (none when scoring)
     * @param extra  other columns to read (a split column)
     */
    private static TrainingData load(WorkspaceContext workspace, DatasetInfo dataset, FeatureSpec features,
                                     List<String> labels, List<String> extra, boolean forTraining,
                                     ProgressListener progress, CancellationToken cancel) {
        ExampleColumns roles = ExampleColumns.of(dataset);
        Set<String> wanted = new LinkedHashSet<>(features.datasetColumns());
        wanted.addAll(labels);
        wanted.addAll(extra);
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
