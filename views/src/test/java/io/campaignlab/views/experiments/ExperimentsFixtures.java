package io.campaignlab.views.experiments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.experiments.AbAnalysis;
import io.campaignlab.engine.experiments.AbReadout;
import io.campaignlab.engine.experiments.AbSpec;
import io.campaignlab.engine.experiments.MetricSpec;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.uplift.UpliftCurves;
import io.campaignlab.engine.uplift.UpliftResult;
import io.campaignlab.engine.uplift.UpliftSpec;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.testing.FakeWorkspace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A workspace with a table and an experiment dataset, and readouts of planted data: control converts 10% of the time,
 * the treatment 15%; a broken assignment gives the treatment 1,200 units against control's 1,000.
 */
final class ExperimentsFixtures {

    static final String EXPERIMENT = "campaign_exposures";

    private ExperimentsFixtures() {
    }

    /** "users" (a table, listed first) and the experiment, whose columns look like the simulator's. */
    static FakeWorkspace workspace() {
        return new FakeWorkspace()
                .add("users", DatasetKind.TABLE, List.of(ColumnMeta.of("user_id", ColumnType.INTEGER,
                        ColumnRole.USER_ID)), List.of(), List.of())
                .add(EXPERIMENT, DatasetKind.EXPERIMENT, List.of(
                        ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                        ColumnMeta.of("group", ColumnType.CATEGORY, ColumnRole.GROUP),
                        ColumnMeta.of("history_spend", ColumnType.DECIMAL, ColumnRole.FEATURE),
                        ColumnMeta.of("visits", ColumnType.INTEGER, ColumnRole.FEATURE),
                        ColumnMeta.of("exposed_at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                        ColumnMeta.of("converted", ColumnType.INTEGER, ColumnRole.LABEL),
                        ColumnMeta.of("spend", ColumnType.DECIMAL, ColumnRole.REVENUE),
                        ColumnMeta.groundTruth("true_uplift", ColumnType.DECIMAL)), List.of(), List.of());
    }

    /**
     * The readout of planted units: {@code nControl} control units converting every 10th, {@code nTreatment}
     * treatment units converting 3 in 20; spend 40 per conversion plus a history-driven part; one unit an hour.
     */
    static AbReadout readout(AbSpec spec, int nControl, int nTreatment) {
        int n = nControl + nTreatment;
        String[] groups = new String[n];
        double[] converted = new double[n];
        double[] spend = new double[n];
        double[] history = new double[n];
        String[] units = new String[n];
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            boolean control = i < nControl;
            int k = control ? i : i - nControl;
            groups[i] = control ? "control" : "treatment";
            converted[i] = control ? (k % 10 == 0 ? 1 : 0) : (k % 20 < 3 ? 1 : 0);
            history[i] = (k * 37) % 101;
            spend[i] = 40 * converted[i] + 0.2 * history[i];
            units[i] = Integer.toString(i);
            times[i] = 1_735_689_600_000L + 3_600_000L * ((k * 7919L) % n);
        }
        return AbAnalysis.analyse(EXPERIMENT, spec, groups, Map.of("converted", converted, "spend", spend,
                "history_spend", history), spec.unitColumn() == null ? null : units,
                spec.timeColumn() == null ? null : times);
    }

    static AbSpec spec() {
        return AbSpec.of("group", "control", List.of(MetricSpec.parse("converted"), MetricSpec.parse("spend")))
                .withCuped("history_spend").withUnit("user_id").withTime("exposed_at");
    }

    /** Fake jobs: the group column has the arms control and treatment; the readout is the planted one. */
    static final class Jobs implements ExperimentJobs {
        final List<AbSpec> asked = new CopyOnWriteArrayList<>();
        final List<String> valuesAsked = new CopyOnWriteArrayList<>();
        volatile int nControl = 1000;
        volatile int nTreatment = 1000;

        @Override
        public Job<AbReadout> readout(WorkspaceContext workspace, String dataset, AbSpec spec) {
            asked.add(spec);
            return Job.of("ab", "A/B readout of " + dataset, (progress, cancel) -> {
                FakeWorkspace.requireWorkerThread();
                return ExperimentsFixtures.readout(spec, nControl, nTreatment);
            });
        }

        /** Net of cost on the planted units: spend as revenue, converted as the conversions. */
        @Override
        public Job<List<io.campaignlab.engine.experiments.NetValue>> netValue(WorkspaceContext workspace,
                                                                               String dataset, AbSpec spec,
                                                                               double perUnit, double perConversion) {
            return Job.of("ab-net", "net of cost", (progress, cancel) -> {
                FakeWorkspace.requireWorkerThread();
                int n = nControl + nTreatment;
                String[] groups = new String[n];
                double[] converted = new double[n];
                double[] spend = new double[n];
                for (int i = 0; i < n; i++) {
                    boolean control = i < nControl;
                    int k = control ? i : i - nControl;
                    groups[i] = control ? "control" : "treatment";
                    converted[i] = control ? (k % 10 == 0 ? 1 : 0) : (k % 20 < 3 ? 1 : 0);
                    spend[i] = 40 * converted[i] + 0.2 * ((k * 37) % 101);
                }
                return io.campaignlab.engine.experiments.AbNetValueJob.of(groups, "control", spend, converted,
                        new io.campaignlab.engine.experiments.AbCosts(perUnit, perConversion, "spend",
                                "converted"), spec.alpha());
            });
        }

        @Override
        public List<String> values(WorkspaceContext workspace, String dataset, String column) {
            FakeWorkspace.requireWorkerThread();
            valuesAsked.add(column);
            return List.of("treatment", "control");
        }
    }

    /**
     * A fake uplift fit: 2,000 held-out units, half treated, whose planted uplift falls with the score (the top
     * decile converts 30% treated against 10% control, the bottom the same in both arms); the curves come from the
     * engine's {@link UpliftCurves} on those units.
     */
    static final class Uplift implements UpliftJobs {
        final List<UpliftSpec> asked = new CopyOnWriteArrayList<>();

        @Override
        public Job<UpliftResult> fit(WorkspaceContext workspace, UpliftSpec spec) {
            asked.add(spec);
            return Job.of("uplift", "Uplift on " + spec.dataset(), (progress, cancel) -> {
                FakeWorkspace.requireWorkerThread();
                return upliftResult(spec);
            });
        }

        @Override
        public java.util.Optional<UpliftResult> newest(WorkspaceContext workspace) {
            FakeWorkspace.requireWorkerThread();
            return java.util.Optional.empty();
        }
    }

    static UpliftResult upliftResult(UpliftSpec spec) {
        int n = 2000;
        double[] score = new double[n];
        double[] y = new double[n];
        boolean[] treated = new boolean[n];
        for (int i = 0; i < n; i++) {
            int decile = i / 200;
            score[i] = 1 - i / (double) n;
            treated[i] = i % 2 == 0;
            double rate = treated[i] ? 0.10 + 0.20 * (9 - decile) / 9.0 : 0.10;
            y[i] = (i / 2) % 100 < Math.round(rate * 100) ? 1 : 0;
        }
        double[] at = new double[5];
        for (int k = 0; k < 5; k++) {
            at[k] = UpliftCurves.upliftAtK(score, y, treated, (k + 1) / 10.0);
        }
        return new UpliftResult(7, spec, 4000, n, 0.5, UpliftCurves.qiniCoefficient(score, y, treated),
                UpliftCurves.auuc(score, y, treated), at, UpliftCurves.qini(score, y, treated).thinned(200),
                UpliftCurves.uplift(score, y, treated).thinned(200), UpliftCurves.qini(score, y, treated).thinned(200),
                UpliftCurves.byDecile(score, y, treated), 0.1, Double.NaN, List.of(), null, 1.0);
    }
}
