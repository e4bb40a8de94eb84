package io.campaignlab.engine.uplift;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.features.FeatureDefaults;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.runs.NewRun;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RecordedRun;
import io.campaignlab.engine.runs.RunMetric;
import io.campaignlab.engine.runs.RowKeys;
import io.campaignlab.engine.runs.RunTables;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.engine.workspace.WorkspaceJob;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits an uplift model on an experiment dataset as a recorded run: provenance when it starts, the test metrics and
 * the evaluation (report kind {@value UpliftResult#KIND}) when it ends, and the uplift of every unit of the two arms
 * written to {@code uplift_runN_<dataset>} (row_id, the unit's key columns ({@link RowKeys}), uplift, part), so
 * campaigns can target the persuadable.
 */
public final class UpliftJob extends WorkspaceJob<UpliftResult> {

    private final UpliftSpec spec;

    public UpliftJob(WorkspaceContext workspace, UpliftSpec spec) {
        super("uplift", workspace);
        this.spec = spec;
    }

    @Override
    public String title() {
        return "Uplift (" + spec.learner().id().toUpperCase(java.util.Locale.ROOT) + "-learner, "
                + spec.base().id().toUpperCase(java.util.Locale.ROOT) + ") on " + spec.dataset();
    }

    /** The name of a run's scores dataset. */
    public static String scoresName(long runId, String dataset) {
        return "uplift_run" + runId + "_" + dataset;
    }

    /**
     * The default features: what the click models would use, less every column that is not a pre-treatment
     * covariate — labels, revenue, the arm, timestamps, ids and planted truth.
     */
    public static List<FieldSpec> defaultFields(DatasetInfo dataset, UpliftSpec spec) {
        List<FieldSpec> out = new ArrayList<>();
        Set<String> excluded = new LinkedHashSet<>(List.of(spec.outcome(), spec.treatmentColumn()));
        for (ColumnMeta c : dataset.columns()) {
            if (c.role() == ColumnRole.REVENUE || c.role() == ColumnRole.LABEL || c.role() == ColumnRole.TIMESTAMP
                    || c.type() == ColumnType.TIMESTAMP) {
                excluded.add(c.name());
            }
        }
        if (spec.truthColumn() != null) {
            excluded.add(spec.truthColumn());
        }
        for (FieldSpec f : FeatureDefaults.fields(dataset.columns(), List.copyOf(excluded))) {
            if (!excluded.contains(f.column())) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public UpliftResult run(ProgressListener progress, CancellationToken cancel) throws Exception {
        DatasetInfo dataset = workspace.datasets().require(spec.dataset());
        List<FieldSpec> fields = spec.features().isEmpty() ? defaultFields(dataset, spec)
                : spec.features().stream().map(name -> fieldFor(dataset, name)).toList();
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("dataset " + dataset.name() + " has no pre-treatment feature columns;"
                    + " name them with --features");
        }
        FeatureSpec features = new FeatureSpec(fields, null);
        Device device = ComputeDevices.choose(spec.device());
        return RecordedRun.record(workspace.runs(), provenance(dataset, features, device),
                run -> fit(run, dataset, features, device, progress, cancel));
    }

    private UpliftResult fit(RecordedRun run, DatasetInfo dataset, FeatureSpec features, Device device,
                             ProgressListener progress, CancellationToken cancel) throws Exception {
        long runId = run.id();
        List<String> columns = new ArrayList<>(new LinkedHashSet<>(concat(List.of(spec.treatmentColumn(),
                spec.outcome()), features.datasetColumns(), spec.truthColumn())));
        columns.forEach(dataset::requireColumn);
        progress.message("Reading " + dataset.name());
        Frame all = workspace.frames().read(dataset.name(), columns, progress, cancel);
        String[] arms = all.column(spec.treatmentColumn()).asLabels();
        int[] rows = java.util.stream.IntStream.range(0, all.rows()).filter(r -> spec.treatmentValue()
                .equals(arms[r]) || spec.controlValue().equals(arms[r])).toArray();
        long treatedCount = Arrays.stream(rows).filter(r -> spec.treatmentValue().equals(arms[r])).count();
        if (treatedCount == 0 || treatedCount == rows.length) {
            throw new IllegalArgumentException("column " + spec.treatmentColumn() + " needs units of both '"
                    + spec.treatmentValue() + "' and '" + spec.controlValue() + "'; found " + treatedCount
                    + " treated of " + rows.length);
        }
        Frame frame = all.select(rows);
        float[] y = outcome(frame);
        boolean[] treated = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            treated[i] = spec.treatmentValue().equals(arms[rows[i]]);
        }
        double[] truth = spec.truthColumn() == null ? null : frame.numbers(spec.truthColumn());
        UpliftAnalysis.Fitted fitted = UpliftAnalysis.run(spec, frame, features, y, treated, truth, device,
                progress, cancel);
        cancel.throwIfCancelled();
        String scores = writeScores(runId, dataset, frame.rowIds(), fitted, progress, cancel);
        UpliftResult r = fitted.result();
        UpliftResult result = new UpliftResult(runId, spec, r.trainUnits(), r.testUnits(), r.treatedShare(),
                r.qini(), r.auuc(), r.upliftAt(), r.qiniCurve(), r.upliftCurve(), r.perfectQiniCurve(),
                r.deciles(), r.observedAte(), r.truthCorrelation(), r.warnings(), scores, r.seconds());
        List<RunMetric> metrics = new ArrayList<>(List.of(new RunMetric("test", null, "qini", r.qini()),
                new RunMetric("test", null, "auuc", r.auuc()),
                new RunMetric("test", null, "uplift_at_30", r.upliftAt30()),
                new RunMetric("test", null, "observed_ate", r.observedAte())));
        if (!Double.isNaN(r.truthCorrelation())) {
            metrics.add(new RunMetric("test", null, "truth_correlation", r.truthCorrelation()));
        }
        progress.message("Bootstrapping the Qini and AUUC intervals (B = " + UpliftBootstrap.RESAMPLES + ")");
        UpliftBootstrap intervals = UpliftAnalysis.bootstrap(fitted, y, treated, spec.seed());
        metrics.addAll(List.of(new RunMetric("test", null, "qini_low", intervals.qini().low()),
                new RunMetric("test", null, "qini_high", intervals.qini().high()),
                new RunMetric("test", null, "auuc_low", intervals.auuc().low()),
                new RunMetric("test", null, "auuc_high", intervals.auuc().high())));
        run.metrics(metrics);
        run.report(UpliftResult.KIND, result);
        run.report(UpliftBootstrap.KIND, intervals);
        return result;
    }

    private static List<String> concat(List<String> a, List<String> b, String c) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        if (c != null) {
            out.add(c);
        }
        return out;
    }

    private static FieldSpec fieldFor(DatasetInfo dataset, String name) {
        ColumnMeta column = dataset.requireColumn(name);
        List<FieldSpec> f = FeatureDefaults.fields(List.of(ColumnMeta.of(column.name(), column.type(),
                ColumnRole.FEATURE)), List.of());
        if (f.isEmpty()) {
            throw new IllegalArgumentException("column '" + name + "' cannot be a feature (" + column.type() + ")");
        }
        return f.get(0);
    }

    private float[] outcome(Frame frame) {
        FrameColumn col = frame.column(spec.outcome());
        float[] y = new float[frame.rows()];
        String[] text = col instanceof FrameColumn.Texts t ? t.values() : null;
        double[] num = col instanceof FrameColumn.Numbers n ? n.values() : null;
        for (int i = 0; i < y.length; i++) {
            double v = num != null ? num[i] : text != null && text[i] != null
                    && (text[i].equals("1") || text[i].equalsIgnoreCase("true")) ? 1
                    : text != null && text[i] != null && (text[i].equals("0") || text[i].equalsIgnoreCase("false"))
                    ? 0 : Double.NaN;
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("outcome column " + spec.outcome() + " of " + spec.dataset()
                        + " must hold 0/1; row " + frame.rowIds()[i] + " holds "
                        + (num != null ? Double.toString(num[i]) : text == null ? "a time" : String.valueOf(text[i])));
            }
            y[i] = (float) v;
        }
        return y;
    }

    private String writeScores(long runId, DatasetInfo dataset, long[] rowIds, UpliftAnalysis.Fitted fitted,
                               ProgressListener progress, CancellationToken cancel) {
        String name = scoresName(runId, spec.dataset());
        String[] part = new String[rowIds.length];
        Arrays.fill(part, "train");
        for (int r : fitted.split().validation()) {
            part[r] = "validation";
        }
        for (int r : fitted.split().test()) {
            part[r] = "test";
        }
        RowKeys keys = RowKeys.read(workspace.frames(), dataset, rowIds, Set.of("row_id", "uplift", "part"), cancel);
        List<ColumnMeta> columns = new ArrayList<>();
        columns.add(ColumnMeta.of("row_id", ColumnType.INTEGER, ColumnRole.FEATURE));
        columns.addAll(keys.columns());
        columns.add(ColumnMeta.of("uplift", ColumnType.DECIMAL, ColumnRole.FEATURE));
        columns.add(ColumnMeta.of("part", ColumnType.CATEGORY, ColumnRole.FEATURE));
        progress.message("Writing the uplift of " + rowIds.length + " units");
        RunTables.write(workspace.sink(), new DatasetDraft(name, DatasetKind.TABLE, "uplift run " + runId + " on "
                + spec.dataset(), Long.toHexString(runId) + "-" + spec.dataset(), columns), rowIds.length,
                i -> row(rowIds[i], keys.row(i), fitted.scores()[i], part[i]), ProgressListener.none(), cancel);
        return name;
    }

    /** One row of the uplift dataset: the unit's row id, its keys, its uplift and its part of the split. */
    private static Object[] row(long rowId, Object[] keys, double uplift, String part) {
        Object[] row = new Object[keys.length + 3];
        row[0] = rowId;
        System.arraycopy(keys, 0, row, 1, keys.length);
        row[keys.length + 1] = uplift;
        row[keys.length + 2] = part;
        return row;
    }

    private NewRun provenance(DatasetInfo dataset, FeatureSpec features, Device device) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("spec", spec);
        params.put("base_hyperparameters", spec.base().params());
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("kind", "stratified by treatment × outcome");
        split.put("test_share", spec.testShare());
        split.put("validation_share_of_train", 0.2);
        split.put("seed", spec.seed());
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("djl", Engine.getDjlVersion());
        versions.put("engine", Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion());
        versions.put("java", System.getProperty("java.version"));
        return new NewRun(null, dataset.name(), dataset.sha256(), spec.runKind(), ReportJson.write(params),
                ReportJson.write(features), ReportJson.write(split), spec.seed(), device.toString(),
                ReportJson.write(versions));
    }
}
