package io.campaignlab.engine.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * DeLong's interval and paired test against values worked out independently with numpy/scipy, from DeLong's
 * definition rather than Sun &amp; Xu's midranks: with ψ(x, y) = 1 if x &gt; y, ½ if x = y, 0 otherwise, the m × n
 * matrix ψ(Xᵢ, Yⱼ) over positives X and negatives Y gives V10ᵢ = its row means and V01ⱼ = its column means;
 * AUC = mean V10; Var = var(V10, ddof=1)/m + var(V01, ddof=1)/n; the 95% interval AUC ± Φ⁻¹(0.975)·√Var clipped to
 * [0, 1]. The paired test: S = cov([V10ᴬ, V10ᴮ])/m + cov([V01ᴬ, V01ᴮ])/n, z = (AUCᴬ − AUCᴮ)/√(S₁₁ + S₂₂ − 2S₁₂),
 * p = 2·(1 − Φ(|z|)). The python script:
 * <pre>
 * psi = (X[:, None] &gt; Y[None, :]) + 0.5 * (X[:, None] == Y[None, :]); v10, v01 = psi.mean(1), psi.mean(0)
 * </pre>
 */
class DeLongTest {

    private static final int[] LABELS = {1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0};
    private static final double[] A = {0.9, 0.1, 0.8, 0.35, 0.35, 0.2, 0.7, 0.6, 0.3, 0.55, 0.4, 0.35, 0.05, 0.5,
        0.65, 0.25, 0.45, 0.45, 0.15, 0.7};
    private static final double[] B = {0.6, 0.3, 0.9, 0.2, 0.4, 0.1, 0.5, 0.5, 0.2, 0.8, 0.3, 0.4, 0.3, 0.6, 0.5,
        0.1, 0.7, 0.2, 0.3, 0.4};

    @Test
    void theSmallExampleMatchesTheDefinition() {
        AucInterval a = DeLong.interval(A, LABELS);
        assertThat(a.auc()).isCloseTo(0.8125, within(1e-12));
        assertThat(a.standardError()).isCloseTo(0.09657101272035774, within(1e-12));
        assertThat(a.low()).isCloseTo(0.6232242931175394, within(1e-9));
        assertThat(a.high()).isEqualTo(1.0); // 0.8125 + 1.96 × 0.0966 > 1: clipped
        assertThat(a.auc()).isEqualTo(Auc.of(A, LABELS));

        AucInterval b = DeLong.interval(B, LABELS);
        assertThat(b.auc()).isCloseTo(0.8385416666666667, within(1e-12));
        assertThat(b.standardError()).isCloseTo(0.10091306751440045, within(1e-12));

        PairedAucTest t = DeLong.paired(A, B, LABELS);
        assertThat(t.difference()).isCloseTo(-0.02604166666666674, within(1e-12));
        assertThat(t.standardError()).isCloseTo(0.08730152324787759, within(1e-12));
        assertThat(t.z()).isCloseTo(-0.2982956734068194, within(1e-9));
        assertThat(t.pValue()).isCloseTo(0.7654775061900356, within(1e-9));
        assertThat(t.significant()).isFalse();
    }

    /** 200 rows built by integer arithmetic, identical in the python script, with many ties. */
    @Test
    void aGeneratedExampleWithTiesMatchesTheDefinition() {
        int n = 200;
        int[] labels = new int[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (i * 7) % 10 < 3 ? 1 : 0;
            a[i] = ((i * 37) % 101 + 30 * labels[i]) / 100.0;
            b[i] = ((i * 53) % 89 + 20 * labels[i]) / 100.0;
        }
        AucInterval ia = DeLong.interval(a, labels);
        assertThat(ia.auc()).isCloseTo(0.7610119047619047, within(1e-12));
        assertThat(ia.standardError()).isCloseTo(0.03624124182239861, within(1e-12));
        assertThat(ia.low()).isCloseTo(0.6899803760349967, within(1e-9));
        assertThat(ia.high()).isCloseTo(0.8320434334888127, within(1e-9));
        AucInterval ib = DeLong.interval(b, labels);
        assertThat(ib.auc()).isCloseTo(0.6913095238095239, within(1e-12));
        assertThat(ib.low()).isCloseTo(0.6136596202686125, within(1e-9));
        assertThat(ib.high()).isCloseTo(0.7689594273504353, within(1e-9));

        PairedAucTest t = DeLong.paired(a, b, labels);
        assertThat(t.difference()).isCloseTo(0.0697023809523808, within(1e-12));
        assertThat(t.standardError()).isCloseTo(0.051164329163182476, within(1e-12));
        assertThat(t.pValue()).isCloseTo(0.17309573446768545, within(1e-9));
        assertThat(t.verdict()).contains("could well be noise");
    }

    @Test
    void aModelAgainstItselfHasNoDifferenceAndAClearlyBetterOneIsSignificant() {
        PairedAucTest same = DeLong.paired(A, A, LABELS);
        assertThat(same.difference()).isZero();
        assertThat(same.pValue()).isEqualTo(1.0);

        int n = 400;
        int[] labels = new int[n];
        double[] good = new double[n];
        double[] random = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            good[i] = labels[i] + (i % 13) / 10.0;  // positives mostly above negatives
            random[i] = (i * 31 % 17) / 17.0;
        }
        PairedAucTest t = DeLong.paired(good, random, labels);
        assertThat(t.pValue()).isLessThan(1e-6);
        assertThat(t.verdict()).contains("unlikely to be noise");
    }

    @Test
    void midranksAverageTies() {
        assertThat(DeLong.midranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> DeLong.paired(A, new double[] {0.1}, LABELS))
                .hasMessageContaining("same rows");
        assertThatThrownBy(() -> DeLong.interval(A, new int[20]))
                .hasMessageContaining("no positives");
        assertThatThrownBy(() -> DeLong.interval(A, LABELS, 1.5)).hasMessageContaining("(0, 1)");
    }
}
