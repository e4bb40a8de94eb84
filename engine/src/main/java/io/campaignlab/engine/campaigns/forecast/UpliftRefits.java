package io.campaignlab.engine.campaigns.forecast;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.device.ComputeDevices;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.runs.ReportJson;
import io.campaignlab.engine.runs.RunRecord;
import io.campaignlab.engine.uplift.BaseLearner;
import io.campaignlab.engine.uplift.MetaLearner;
import io.campaignlab.engine.uplift.UpliftFitter;
import io.campaignlab.engine.uplift.UpliftSplit;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * An uplift run's model fitted again on its dataset, as the run recorded it (learner, base, features, split, seed),
 * and refitted on bootstrap resamples of its training units for the model's uncertainty. Every model scores every
 * unit of the dataset, those of other arms included (a {@code coupon_10} user has an uplift of coupon_20 too), so a
 * campaign audience drawn from the whole population is scored.
 *
 * @param rowOfUser  each user id (as text) to its row
 * @param point      the run's model's uplift per row
 * @param replicates the refitted models' uplift per row (empty when none were asked for)
 * @param control    whether a row is a unit of the control arm
 * @param converted  the outcome per row, 0 or 1
 * @param revenue    the dataset's revenue column per row, or null when it has none
 * @param dataset    the run's dataset
 */
record UpliftRefits(Map<String, Integer> rowOfUser, double[] point, List<double[]> replicates, boolean[] control,
                    float[] converted, double[] revenue, String dataset) {

    static UpliftRefits fit(WorkspaceContext workspace, long runId, ForecastOptions options,
                            ProgressListener progress, CancellationToken cancel) {
        RunRecord run = workspace.runs().require(runId);
        if (!run.spec().modelKind().startsWith("uplift-")) {
            throw new IllegalArgumentException("run " + runId + " is a " + run.spec().modelKind()
                    + " run, not an uplift run; campaign-lab runs lists the runs");
        }
        JsonNode spec = ReportJson.read(run.spec().paramsJson(), JsonNode.class).path("spec");
        FeatureSpec features = ReportJson.read(run.spec().featureSpecJson(), FeatureSpec.class);
        DatasetInfo dataset = workspace.datasets().require(spec.path("dataset").asText());
        String user = dataset.columns().stream().filter(c -> c.role() == ColumnRole.USER_ID).map(ColumnMeta::name)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("dataset " + dataset.name() + " of uplift"
                        + " run " + runId + " has no user id column, so its units cannot be matched to an audience"));
        String arm = spec.path("treatmentColumn").asText();
        String outcome = spec.path("outcome").asText();
        String revenue = dataset.columns().stream().filter(c -> c.role() == ColumnRole.REVENUE)
                .map(ColumnMeta::name).findFirst().orElse(null);
        Set<String> columns = new LinkedHashSet<>(List.of(user, arm, outcome));
        columns.addAll(features.datasetColumns());
        if (revenue != null) {
            columns.add(revenue);
        }
        progress.message("Reading " + dataset.name());
        Frame frame = workspace.frames().read(dataset.name(), List.copyOf(columns), progress, cancel);
        String[] arms = frame.column(arm).asLabels();
        String treatedValue = spec.path("treatmentValue").asText();
        String controlValue = spec.path("controlValue").asText();
        int n = frame.rows();
        boolean[] treated = new boolean[n];
        boolean[] control = new boolean[n];
        for (int i = 0; i < n; i++) {
            treated[i] = treatedValue.equals(arms[i]);
            control[i] = controlValue.equals(arms[i]);
        }
        float[] y = outcome(frame, outcome);
        UpliftSplit split = split(spec, y, treated, control);
        MetaLearner learner = MetaLearner.parse(spec.path("learner").asText());
        BaseLearner base = BaseLearner.parse(spec.path("base").asText());
        long seed = spec.path("seed").asLong();
        Device device = ComputeDevices.choose(options.device());
        int total = options.modelReplicates() + 1;
        progress.message("Refitting the uplift model of run " + runId);
        progress.progress(0, total);
        double[] point = new UpliftFitter(frame, features, base, seed, device, ProgressListener.none(), cancel)
                .fit(learner, y, treated, split);
        List<double[]> replicates = new ArrayList<>();
        SplittableRandom resample = new SplittableRandom(options.seed() ^ 0x5EEDL);
        int[] train = split.train();
        for (int r = 0; r < options.modelReplicates(); r++) {
            cancel.throwIfCancelled();
            progress.progress(r + 1, total);
            int[] drawn = new int[train.length];
            for (int k = 0; k < drawn.length; k++) {
                drawn[k] = train[resample.nextInt(train.length)];
            }
            Arrays.sort(drawn);
            replicates.add(new UpliftFitter(frame, features, base, seed + 100 + r, device, ProgressListener.none(),
                    cancel).fit(learner, y, treated, new UpliftSplit(drawn, split.validation(), new int[0])));
        }
        progress.progress(total, total);
        return new UpliftRefits(users(frame.column(user)), point, replicates, control, y,
                revenue == null ? null : frame.numbers(revenue), dataset.name());
    }

    /** The run's split of its two arms' units (in dataset order, as the run saw them), as rows of the whole frame. */
    private static UpliftSplit split(JsonNode spec, float[] y, boolean[] treated, boolean[] control) {
        int[] rows = IntStream.range(0, y.length).filter(i -> treated[i] || control[i]).toArray();
        float[] ys = new float[rows.length];
        boolean[] ts = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) {
            ys[k] = y[rows[k]];
            ts[k] = treated[rows[k]];
        }
        UpliftSplit s = UpliftSplit.of(ys, ts, spec.path("testShare").asDouble(), 0.2, spec.path("seed").asLong());
        return new UpliftSplit(map(s.train(), rows), map(s.validation(), rows), map(s.test(), rows));
    }

    private static int[] map(int[] subset, int[] rows) {
        return Arrays.stream(subset).map(k -> rows[k]).toArray();
    }

    private static float[] outcome(Frame frame, String column) {
        FrameColumn c = frame.column(column);
        String[] labels = c instanceof FrameColumn.Numbers ? null : c.asLabels();
        double[] numbers = c instanceof FrameColumn.Numbers x ? x.values() : null;
        float[] y = new float[frame.rows()];
        for (int i = 0; i < y.length; i++) {
            boolean one = numbers != null ? numbers[i] == 1
                    : "1".equals(labels[i]) || "true".equalsIgnoreCase(labels[i]);
            y[i] = one ? 1f : 0f;
        }
        return y;
    }

    static Map<String, Integer> users(FrameColumn ids) {
        Map<String, Integer> out = new HashMap<>();
        if (ids instanceof FrameColumn.Numbers x) {
            double[] v = x.values();
            for (int i = 0; i < v.length; i++) {
                out.put(v[i] == Math.rint(v[i]) ? Long.toString((long) v[i]) : Double.toString(v[i]), i);
            }
        } else {
            String[] v = ids.asLabels();
            for (int i = 0; i < v.length; i++) {
                out.put(v[i], i);
            }
        }
        return out;
    }
}
