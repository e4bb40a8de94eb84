package io.campaignlab.engine.monitor;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.ModelScorer;
import io.campaignlab.engine.models.RunExamples;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares a run's training rows (the reference) with a current sample, every column the model reads plus its score,
 * and stores the result with the run. The current sample is either a date window of the run's own dataset or
 * another dataset with the columns the model reads.
 */
public final class DriftAnalysisJob implements Job<DriftAnalysis> {

    /** What to compare the training rows with. */
    public sealed interface Current permits Window, OtherDataset {
        /** A stable description, also the stored report's key. */
        String describe(String runDataset);
    }

    /** Days {@code from} to {@code to}, both included (UTC), of the run's own dataset. */
    public record Window(LocalDate from, LocalDate to) implements Current {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
            }
        }

        @Override
        public String describe(String runDataset) {
            return runDataset + " " + from + ".." + to;
        }
    }

    /** Every row of another dataset. */
    public record OtherDataset(String name) implements Current {
        public OtherDataset {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe(String runDataset) {
            return "dataset " + name;
        }
    }

    private final WorkspaceContext workspace;
    private final long runId;
    private final Current current;

    public DriftAnalysisJob(WorkspaceContext workspace, long runId, Current current) {
        this.workspace = workspace;
        this.runId = runId;
        this.current = Objects.requireNonNull(current, "current");
    }

    @Override
    public String kind() {
        return "drift";
    }

    @Override
    public String title() {
        return "Drift of run " + runId;
    }

    @Override
    public DriftAnalysis run(ProgressListener progress, CancellationToken cancel) {
        RunExamples examples = RunExamples.load(workspace, runId, progress, cancel);
        String dataset = examples.model().run().spec().datasetName();
        Frame reference = examples.frame().select(examples.split().train());
        long[] referenceTimes = examples.times() == null ? null : select(examples.times(), examples.split().train());
        Frame currentFrame;
        long[] currentTimes;
        int[] currentLabels;
        if (current instanceof Window w) {
            if (examples.times() == null) {
                throw new IllegalArgumentException("dataset " + dataset + " has no timestamp column, so it has no"
                        + " date window; compare with another dataset instead");
            }
            int[] rows = window(examples.times(), w);
            if (rows.length == 0) {
                throw new IllegalArgumentException("dataset " + dataset + " has no rows from " + w.from() + " to "
                        + w.to());
            }
            currentFrame = examples.frame().select(rows);
            currentTimes = select(examples.times(), rows);
            currentLabels = examples.labelsOf(rows);
        } else {
            OtherDataset other = (OtherDataset) current;
            currentFrame = RunExamples.loadOther(workspace, examples.model(), other.name(), progress, cancel);
            currentTimes = timesOf(currentFrame, examples);
            currentLabels = labelsOf(currentFrame, examples.label());
        }
        cancel.throwIfCancelled();
        progress.message("Comparing " + reference.rows() + " training rows with " + currentFrame.rows() + " rows");
        List<String> columns = examples.model().artifact().pipeline().columns();
        DriftReport features = TimeMatchedReference.compare(reference, referenceTimes, currentFrame, currentTimes,
                columns, DriftSettings.defaults());
        double[] referenceScores;
        double[] currentScores;
        try (ModelScorer scorer = ModelScorer.open(examples.model())) {
            referenceScores = scorer.probabilities(scorer.pipeline().encode(reference));
            cancel.throwIfCancelled();
            currentScores = scorer.probabilities(scorer.pipeline().encode(currentFrame));
        }
        List<ColumnDrift> rows = new ArrayList<>(features.rows());
        rows.add(DriftReporter.scores(referenceScores, currentScores));
        DriftReport report = DriftReporter.report(rows, reference.rows(), currentFrame.rows(), features.settings());
        PerformanceTimeline timeline = currentTimes == null ? null
                : PerformanceOverTime.of(currentTimes, currentScores, currentLabels, TimeBucket.DAY);
        PerformanceDrift performance = PerformanceDrift.of(workspace.runs().evaluation(runId, "test").orElse(null),
                currentScores, currentLabels);
        DriftAnalysis analysis = new DriftAnalysis(runId, current.describe(dataset), report, timeline, performance);
        workspace.runs().saveReport(new RunReport(runId, DriftAnalysis.KIND, analysis.current(), Instant.now(),
                ReportJson.write(analysis)));
        return analysis;
    }

    static int[] window(long[] times, Window w) {
        long from = w.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = w.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        int n = 0;
        for (long t : times) {
            if (t != FrameColumn.MISSING_TIME && t >= from && t < to) {
                n++;
            }
        }
        int[] rows = new int[n];
        int k = 0;
        for (int i = 0; i < times.length; i++) {
            long t = times[i];
            if (t != FrameColumn.MISSING_TIME && t >= from && t < to) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    private static long[] select(long[] values, int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    private static long[] timesOf(Frame frame, RunExamples examples) {
        for (FrameColumn column : frame.columns().values()) {
            if (column instanceof FrameColumn.Times t && examples.frame().has(t.name())) {
                return t.epochMillis();
            }
        }
        return null;
    }

    private static int[] labelsOf(Frame frame, String label) {
        if (!frame.has(label) || !(frame.column(label) instanceof FrameColumn.Numbers n)) {
            return null;
        }
        int[] out = new int[n.values().length];
        for (int i = 0; i < out.length; i++) {
            double v = n.values()[i];
            if (Double.isNaN(v)) {
                return null;
            }
            out[i] = v > 0.5 ? 1 : 0;
        }
        return out;
    }
}
