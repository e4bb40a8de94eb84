package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a logged experiment from the workspace and evaluates a policy on it off-line ({@link OffPolicyEvaluation}).
 * Records no run: the result is a readout, as an A/B readout is.
 */
public final class OpeJob extends WorkspaceJob<OpeResult> {

    private final OpeSpec spec;

    public OpeJob(WorkspaceContext workspace, OpeSpec spec) {
        super("ope", workspace);
        this.spec = spec;
    }

    @Override
    public String title() {
        return "Off-policy evaluation of " + spec.policyName() + " on " + spec.dataset();
    }

    @Override
    public OpeResult run(ProgressListener progress, CancellationToken cancel) {
        long started = System.nanoTime();
        DatasetInfo info = workspace.datasets().require(spec.dataset());
        List<FieldSpec> fields = spec.features().isEmpty() ? defaultFields(info)
                : spec.features().stream().map(name -> fieldFor(info, name)).toList();
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("dataset " + info.name() + " has no pre-treatment feature columns for"
                    + " the outcome model; name them with --features");
        }
        FeatureSpec features = new FeatureSpec(fields, null);
        Set<String> columns = new LinkedHashSet<>(List.of(spec.armColumn(), spec.outcome()));
        if (spec.propensityColumn() != null) {
            columns.add(spec.propensityColumn());
        }
        columns.addAll(features.datasetColumns());
        columns.addAll(spec.policy().columns());
        for (String c : columns) {
            if (info.column(c).isEmpty()) {
                throw new IllegalArgumentException("dataset " + info.name() + " has no column '" + c + "'"
                        + (spec.policy().columns().contains(c) ? " (named by the policy)" : ""));
            }
        }
        progress.message("Reading " + info.name());
        Frame frame = workspace.frames().read(info.name(), List.copyOf(columns), progress, cancel);
        cancel.throwIfCancelled();
        LogReader.Read read = LogReader.read(frame, spec);
        double[][] target = spec.policy().probabilities(frame, read.log().arms());
        progress.message("Cross-fitting the outcome model (" + spec.folds() + " folds × " + read.log().arms().size()
                + " arms)");
        OpeEstimates estimates = OffPolicyEvaluation.evaluate(frame, features, read.log(), target,
                new CrossFitter(spec.folds(), OutcomeRegression.DEFAULT_LAMBDA, spec.seed()), cancel);
        List<String> warnings = new ArrayList<>(read.warnings());
        if (estimates.effectiveSampleSize() < 100) {
            warnings.add(String.format(java.util.Locale.ROOT, "the importance weights leave %.0f effective units of"
                    + " %d: the estimates rest on few units", estimates.effectiveSampleSize(), read.log().units()));
        }
        String model = (read.log().binaryRewards() ? "logistic" : "least-squares") + " regression per arm, ridge λ "
                + OutcomeRegression.DEFAULT_LAMBDA + ", " + spec.folds() + "-fold cross-fitted";
        return new OpeResult(spec, read.log().units(), read.log().arms(), read.propensities(), read.source(),
                read.loggedMean(), estimates, model, features.datasetColumns(), warnings,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * The default features: what the click models would use, less every column that is not a pre-treatment
     * covariate (labels, revenue, the arm, the propensity, timestamps, ids and planted truth).
     */
    private List<FieldSpec> defaultFields(DatasetInfo info) {
        Set<String> excluded = new LinkedHashSet<>(List.of(spec.outcome(), spec.armColumn()));
        if (spec.propensityColumn() != null) {
            excluded.add(spec.propensityColumn());
        }
        for (ColumnMeta c : info.columns()) {
            if (c.role() == ColumnRole.REVENUE || c.role() == ColumnRole.LABEL || c.role() == ColumnRole.TIMESTAMP
                    || c.type() == ColumnType.TIMESTAMP) {
                excluded.add(c.name());
            }
        }
        return FeatureDefaults.fields(info.columns(), List.copyOf(excluded)).stream()
                .filter(f -> !excluded.contains(f.column())).toList();
    }

    private static FieldSpec fieldFor(DatasetInfo info, String name) {
        ColumnMeta column = info.requireColumn(name);
        List<FieldSpec> f = FeatureDefaults.fields(List.of(ColumnMeta.of(column.name(), column.type(),
                ColumnRole.FEATURE)), List.of());
        if (f.isEmpty()) {
            throw new IllegalArgumentException("column '" + name + "' cannot be a feature (" + column.type() + ")");
        }
        return f.get(0);
    }

    /** The numbers of a column, or a message naming it. */
    static double[] numbers(Frame frame, String column, String what) {
        if (frame.column(column) instanceof FrameColumn.Numbers n) {
            return n.values();
        }
        throw new IllegalArgumentException(what + " column '" + column + "' of " + frame.dataset()
                + " is not numeric");
    }
}
