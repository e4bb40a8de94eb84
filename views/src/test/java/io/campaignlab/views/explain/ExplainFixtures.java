package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.Attribution;
import io.campaignlab.engine.explain.AudienceAttribution;
import io.campaignlab.engine.explain.AudienceComparison;
import io.campaignlab.engine.explain.ExplainReport;
import io.campaignlab.engine.explain.weights.FieldWeight;
import io.campaignlab.engine.explain.importance.ImportanceResult;
import io.campaignlab.engine.explain.pdp.PdCurve;
import io.campaignlab.engine.explain.importance.PlayerImportance;
import io.campaignlab.engine.explain.RowExplanation;
import io.campaignlab.engine.explain.ShapleyExplanation;
import io.campaignlab.engine.explain.weights.ValueWeight;
import io.campaignlab.engine.explain.weights.WeightSummary;
import io.campaignlab.engine.explain.WhatIfResult;
import io.campaignlab.engine.models.ModelKind;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunReport;
import io.campaignlab.views.models.FakeRunRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-built explanations with known numbers, stored the way {@code ExplainJob} stores them. */
final class ExplainFixtures {

    static final Instant CREATED = Instant.parse("2025-03-06T10:15:00Z");
    static final long EXAMPLE_ROW = 36_882;
    static final double BASE = 0.0472;

    private ExplainFixtures() {
    }

    /** Importance per field: position, placement and discount matter; the rest hover around zero. */
    static ImportanceResult importance() {
        return new ImportanceResult(0.7127, 4260, 5, List.of(
                new PlayerImportance("position", 0.0693, 0.0489, 0.0898, new double[]{0.06, 0.07, 0.08, 0.065, 0.0715}),
                new PlayerImportance("placement", 0.0563, 0.0490, 0.0637, new double[]{0.055, 0.056, 0.057, 0.058, 0.0555}),
                new PlayerImportance("discount_pct", 0.0504, 0.0377, 0.0631, new double[]{0.04, 0.05, 0.06, 0.05, 0.052}),
                new PlayerImportance("age_band", 0.0192, 0.0073, 0.0312, new double[]{0.01, 0.02, 0.03, 0.015, 0.021}),
                new PlayerImportance("device", -0.0001, -0.0020, 0.0017, new double[]{0.001, -0.001, 0, 0.0005, -0.001}),
                new PlayerImportance("price", -0.0002, -0.0004, -0.0001, new double[]{-0.0002, -0.0003, -0.0001, -0.0002,
                        -0.0002})));
    }

    /** The same with the behaviour aggregates as one group. */
    static ImportanceResult grouped() {
        return new ImportanceResult(0.7127, 4260, 5, List.of(
                new PlayerImportance("behaviour", 0.0810, 0.0700, 0.0920, new double[]{0.08, 0.081, 0.082, 0.079, 0.083}),
                new PlayerImportance("position", 0.0693, 0.0489, 0.0898, new double[]{0.06, 0.07, 0.08, 0.065, 0.0715})));
    }

    static ShapleyExplanation shapley(double prediction) {
        List<Attribution> attributions = List.of(
                new Attribution("position", 0.0542, 0.00016, "position = 2"),
                new Attribution("discount_pct", 0.0541, 0.00094, "discount_pct = 30"),
                new Attribution("age_band", 0.0489, 0.00092, "age_band = 18-24"),
                new Attribution("placement", 0.0425, 0.00031, "placement = search"),
                new Attribution("device", 0.0053, 0.00014, "device = mobile"),
                new Attribution("price", -0.0021, 0.00016, "price = 77.99"));
        double sum = attributions.stream().mapToDouble(Attribution::value).sum();
        return new ShapleyExplanation(BASE, prediction, attributions, Math.abs(sum - (prediction - BASE)), 1000);
    }

    static RowExplanation example() {
        return row(EXAMPLE_ROW);
    }

    static RowExplanation row(long id) {
        return new RowExplanation(id, 1, List.of("placement", "position", "device", "age_band", "price",
                "discount_pct"), List.of("search", "2", "mobile", "18-24", "77.99", "30"), shapley(BASE + 0.2029));
    }

    static PdCurve pd(String field) {
        double[] grid = {0, 10, 20, 30, 40};
        double[] pd = {0.03, 0.04, 0.05, 0.06, 0.065};
        double[][] ice = new double[3][grid.length];
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < grid.length; k++) {
                ice[r][k] = pd[k] + (r - 1) * 0.01;
            }
        }
        return new PdCurve(field, field, grid, pd, ice, new double[]{0, 10, 20, 30, 40, 50},
                new long[]{120, 300, 250, 90, 40}, 1000);
    }

    static WeightSummary weights() {
        return new WeightSummary(ModelKind.DEEPFM, true, true, 4260, List.of(
                new FieldWeight("device", 0.1504, 0.0165, 0.1504, List.of(new ValueWeight("mobile", 0.038, 0.150),
                        new ValueWeight("tablet", -0.034, 0.143))),
                new FieldWeight("position", 0.1472, 0.0412, 0.1472, List.of(new ValueWeight("[1, 3)", 0.0597,
                        0.2067)))));
    }

    static ExplainReport report(long runId, boolean withGroups) {
        return new ExplainReport(runId, importance(), withGroups ? grouped() : null, weights(),
                List.of(pd("discount_pct"), pd("price")), example(), 9.5);
    }

    /** Stores a report with a run, as the explain job does. */
    static void store(FakeRunRepository runs, ExplainReport report) {
        runs.saveReport(new RunReport(report.runId(), ExplainReport.KIND, "", CREATED, ReportJson.write(report)));
    }

    static WhatIfResult whatIf(RowExplanation row, String column, String value) {
        ShapleyExplanation before = row.shapley();
        List<Attribution> after = new ArrayList<>();
        double delta = 0;
        for (Attribution a : before.attributions()) {
            if (a.player().equals(column)) {
                after.add(new Attribution(a.player(), -0.01, a.spread(), column + " = " + value));
                delta = -0.01 - a.value();
            } else {
                after.add(a);
            }
        }
        ShapleyExplanation changed = new ShapleyExplanation(before.base(), before.prediction() + delta, after, 0,
                before.walks());
        int i = row.columns().indexOf(column);
        return new WhatIfResult(column, row.values().get(i), value, before, changed);
    }

    static AudienceComparison audience(int k) {
        return new AudienceComparison(k, Math.min(k, 100), 100, 0.21, 0.047, List.of(
                new AudienceAttribution("position", 0.05, 0.001, 0.049),
                new AudienceAttribution("discount_pct", 0.045, 0.002, 0.043),
                new AudienceAttribution("device", -0.001, 0.003, -0.004)));
    }
}
