package io.campaignlab.engine.uplift;

import ai.djl.Device;
import io.campaignlab.engine.features.FeatureSpec;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.ProbabilityFit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits one {@link MetaLearner} on the training rows of a split and predicts the uplift of every row of the frame.
 * Deterministic for a seed on the CPU (each base fit gets its own seed derived from it).
 */
public final class UpliftFitter {

    /** The name of the treatment flag the S-learner adds to the features. */
    static final String TREATED = "__treated";

    private final Frame frame;
    private final FeatureSpec features;
    private final BaseLearner base;
    private final long seed;
    private final Device device;
    private final ProgressListener progress;
    private final CancellationToken cancel;

    public UpliftFitter(Frame frame, FeatureSpec features, BaseLearner base, long seed, Device device,
                        ProgressListener progress, CancellationToken cancel) {
        this.frame = frame;
        this.features = features;
        this.base = base;
        this.seed = seed;
        this.device = device;
        this.progress = progress;
        this.cancel = cancel;
    }

    public double[] fit(MetaLearner learner, float[] y, boolean[] treated, UpliftSplit split) {
        switch (learner) {
            case S:
                return sLearner(y, treated, split);
            case T:
                return tLearner(y, treated, split)[2];
            case X:
                return xLearner(y, treated, split);
            default:
                return classTransformation(y, treated, split);
        }
    }

    private double[] sLearner(float[] y, boolean[] treated, UpliftSplit split) {
        String[] flags = new String[treated.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = treated[i] ? "1" : "0";
        }
        Frame withFlag = withColumn(frame, new FrameColumn.Texts(TREATED, flags));
        List<FieldSpec> fields = new ArrayList<>(features.fields());
        fields.add(FieldSpec.categorical(TREATED));
        progress.message("S-learner: one model on features and treatment");
        ProbabilityFit fit = ProbabilityFit.fit(withFlag, y, split.train(), split.validation(),
                new FeatureSpec(fields, null), base.kind(), base.params(), seed, device, cancel);
        String[] ones = new String[treated.length];
        String[] zeros = new String[treated.length];
        Arrays.fill(ones, "1");
        Arrays.fill(zeros, "0");
        double[] p1 = fit.predict(withColumn(frame, new FrameColumn.Texts(TREATED, ones)));
        double[] p0 = fit.predict(withColumn(frame, new FrameColumn.Texts(TREATED, zeros)));
        return difference(p1, p0);
    }

    /** {p_T, p_C, p_T − p_C} for every row. */
    private double[][] tLearner(float[] y, boolean[] treated, UpliftSplit split) {
        progress.message("Fitting the treated arm's model");
        ProbabilityFit t = ProbabilityFit.fit(frame, y, rows(split.train(), treated, true),
                rows(split.validation(), treated, true), features, base.kind(), base.params(), seed + 1, device,
                cancel);
        cancel.throwIfCancelled();
        progress.message("Fitting the control arm's model");
        ProbabilityFit c = ProbabilityFit.fit(frame, y, rows(split.train(), treated, false),
                rows(split.validation(), treated, false), features, base.kind(), base.params(), seed + 2, device,
                cancel);
        double[] pt = t.predict(frame);
        double[] pc = c.predict(frame);
        return new double[][] {pt, pc, difference(pt, pc)};
    }

    private double[] xLearner(float[] y, boolean[] treated, UpliftSplit split) {
        double[][] first = tLearner(y, treated, split);
        float[] imputed = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            double d = treated[i] ? y[i] - first[1][i] : first[0][i] - y[i];
            imputed[i] = (float) ((Math.max(-1, Math.min(1, d)) + 1) / 2);
        }
        cancel.throwIfCancelled();
        progress.message("X-learner: the treated units' imputed effects");
        ProbabilityFit tauT = ProbabilityFit.fit(frame, imputed, rows(split.train(), treated, true),
                rows(split.validation(), treated, true), features, base.kind(), base.params(), seed + 3, device,
                cancel);
        cancel.throwIfCancelled();
        progress.message("X-learner: the control units' imputed effects");
        ProbabilityFit tauC = ProbabilityFit.fit(frame, imputed, rows(split.train(), treated, false),
                rows(split.validation(), treated, false), features, base.kind(), base.params(), seed + 4, device,
                cancel);
        double g = rows(split.train(), treated, true).length / (double) split.train().length;
        double[] qt = tauT.predict(frame);
        double[] qc = tauC.predict(frame);
        double[] out = new double[y.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = g * (2 * qc[i] - 1) + (1 - g) * (2 * qt[i] - 1);
        }
        return out;
    }

    private double[] classTransformation(float[] y, boolean[] treated, UpliftSplit split) {
        float[] z = new float[y.length];
        for (int i = 0; i < z.length; i++) {
            boolean responded = y[i] > 0.5f;
            z[i] = responded == treated[i] ? 1f : 0f;
        }
        progress.message("Class transformation: one model of z = y·w + (1 − y)(1 − w)");
        ProbabilityFit fit = ProbabilityFit.fit(frame, z, split.train(), split.validation(), features, base.kind(),
                base.params(), seed, device, cancel);
        double[] p = fit.predict(frame);
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = 2 * p[i] - 1;
        }
        return out;
    }

    private static int[] rows(int[] rows, boolean[] treated, boolean arm) {
        return Arrays.stream(rows).filter(r -> treated[r] == arm).toArray();
    }

    private static double[] difference(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    static Frame withColumn(Frame frame, FrameColumn column) {
        Map<String, FrameColumn> columns = new LinkedHashMap<>(frame.columns());
        columns.put(column.name(), column);
        return new Frame(frame.dataset(), frame.rowIds(), columns);
    }
}
