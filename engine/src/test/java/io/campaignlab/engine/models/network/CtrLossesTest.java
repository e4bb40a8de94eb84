package io.campaignlab.engine.models.network;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CtrLossesTest {

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void esmmLossIsClickCrossEntropyPlusClickAndPurchaseCrossEntropyOfTheProduct() {
        float[] a = {-2.0f, 0.5f, 1.5f, -0.3f};
        float[] c = {0.2f, -1.0f, 2.0f, -3.0f};
        float[] click = {0, 1, 1, 1};
        float[] both = {0, 0, 1, 1};
        double expected = 0;
        for (int i = 0; i < a.length; i++) {
            double pc = sigmoid(a[i]);
            double p = pc * sigmoid(c[i]);
            expected -= click[i] * Math.log(pc) + (1 - click[i]) * Math.log(1 - pc);
            expected -= both[i] * Math.log(p) + (1 - both[i]) * Math.log(1 - p);
        }
        expected /= a.length;
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray loss = CtrLosses.esmm(m.create(a, new Shape(4, 1)), m.create(c, new Shape(4, 1)),
                    m.create(click, new Shape(4, 1)), m.create(both, new Shape(4, 1)));
            assertThat((double) loss.getFloat()).isCloseTo(expected, within(1e-5));
        }
    }

    @Test
    void extremeLogitsGiveAFiniteLossAndFiniteGradients() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(new float[]{-200f, 200f, 30f, -40f}, new Shape(4, 1));
            NDArray c = m.create(new float[]{-300f, -250f, 200f, 90f}, new Shape(4, 1));
            a.setRequiresGradient(true);
            c.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray loss = CtrLosses.esmm(a, c, m.create(new float[]{0, 1, 1, 0}, new Shape(4, 1)),
                        m.create(new float[]{0, 0, 1, 0}, new Shape(4, 1)));
                assertThat(Float.isFinite(loss.getFloat())).isTrue();
                gc.backward(loss);
            }
            for (float g : a.getGradient().toFloatArray()) {
                assertThat(Float.isFinite(g)).isTrue();
            }
            for (float g : c.getGradient().toFloatArray()) {
                assertThat(Float.isFinite(g)).isTrue();
            }
        }
    }

    @Test
    void binaryCrossEntropyOnLogitsMatchesTheTextbookFormula() {
        float[] x = {-3f, 0f, 2.5f};
        float[] y = {1, 0, 1};
        double expected = 0;
        for (int i = 0; i < x.length; i++) {
            double p = sigmoid(x[i]);
            expected -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
        }
        try (NDManager m = NDManager.newBaseManager()) {
            double loss = CtrLosses.binaryCrossEntropy(m.create(x, new Shape(3, 1)), m.create(y, new Shape(3, 1)))
                    .getFloat();
            assertThat(loss).isCloseTo(expected / 3, within(1e-6));
        }
    }
}
