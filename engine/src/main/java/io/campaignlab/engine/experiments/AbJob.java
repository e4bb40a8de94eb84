package io.campaignlab.engine.experiments;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.util.HashMap;
import java.util.Map;

/** Reads an experiment dataset's columns and computes its {@link AbReadout}. */
public final class AbJob extends WorkspaceJob<AbReadout> {

    private final String dataset;
    private final AbSpec spec;

    public AbJob(WorkspaceContext workspace, String dataset, AbSpec spec) {
        super("ab", workspace);
        this.dataset = dataset;
        this.spec = spec;
    }

    @Override
    public String title() {
        return "A/B readout of " + dataset;
    }

    @Override
    public AbReadout run(ProgressListener progress, CancellationToken cancel) {
        DatasetInfo info = workspace.datasets().require(dataset);
        for (String c : spec.columns()) {
            if (info.columns().stream().noneMatch(m -> m.name().equals(c))) {
                throw new IllegalArgumentException("dataset " + dataset + " has no column '" + c + "'");
            }
        }
        progress.message("Reading " + dataset);
        Frame frame = workspace.frames().read(dataset, spec.columns(), progress, cancel);
        cancel.throwIfCancelled();
        Map<String, double[]> numbers = new HashMap<>();
        for (MetricSpec m : spec.metrics()) {
            numbers.put(m.column(), numeric(frame, m.column()));
            if (m.isRatio()) {
                numbers.put(m.denominator(), numeric(frame, m.denominator()));
            }
        }
        if (spec.cupedColumn() != null) {
            numbers.put(spec.cupedColumn(), numeric(frame, spec.cupedColumn()));
        }
        progress.message("Comparing arms");
        return AbAnalysis.analyse(dataset, spec, frame.column(spec.groupColumn()).asLabels(), numbers,
                spec.unitColumn() == null ? null : frame.column(spec.unitColumn()).asLabels(),
                spec.timeColumn() == null ? null : frame.times(spec.timeColumn()));
    }

    private double[] numeric(Frame frame, String column) {
        if (frame.column(column) instanceof FrameColumn.Numbers n) {
            return n.values();
        }
        throw new IllegalArgumentException("column '" + column + "' of " + dataset + " is not numeric; metrics and"
                + " covariates must be numbers (0/1 for conversions)");
    }

}
