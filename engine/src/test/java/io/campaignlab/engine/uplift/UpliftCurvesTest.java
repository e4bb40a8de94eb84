package io.campaignlab.engine.uplift;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Six units worked by hand. Scores 0.9 … 0.4; arms T C T C T C; outcomes 1 0 1 1 0 0.
 * Qini after each unit: 1, 1, 2, 2 − 1·2/2 = 1, 2 − 1·3/2 = 0.5, 2 − 1·3/3 = 1; area 6, random 3. The perfect
 * ranking (+1 treated responders, −1 control responders, 0 else; ties in one step) gives (2, 2), (5, 2), (6, 1):
 * area 9.5, so the coefficient is 3 / 6.5. Uplift curve: 1, 2, 3, 2, 5/6, 2; area 59/6, random 6; perfect
 * (2, 2), (5, 10/3), (6, 2): area 38/3; AUUC = (59/6 − 6) / (38/3 − 6) = 0.575.
 */
class UpliftCurvesTest {

    static final double[] SCORE = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};
    static final boolean[] TREATED = {true, false, true, false, true, false};
    static final double[] Y = {1, 0, 1, 1, 0, 0};

    @Test
    void qiniCurveAndCoefficient() {
        UpliftCurves.Curve q = UpliftCurves.qini(SCORE, Y, TREATED);
        assertThat(q.x()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(q.y()).containsExactly(new double[] {0, 1, 1, 2, 1, 0.5, 1}, offset(1e-12));
        assertThat(q.area()).isCloseTo(6.0, offset(1e-12));
        assertThat(UpliftCurves.qiniCoefficient(SCORE, Y, TREATED)).isCloseTo(3 / 6.5, offset(1e-12));
    }

    @Test
    void upliftCurveAndAuuc() {
        UpliftCurves.Curve u = UpliftCurves.uplift(SCORE, Y, TREATED);
        assertThat(u.y()).containsExactly(new double[] {0, 1, 2, 3, 2, 5.0 / 6, 2}, offset(1e-12));
        assertThat(UpliftCurves.auuc(SCORE, Y, TREATED)).isCloseTo(0.575, offset(1e-12));
    }

    @Test
    void tiedScoresFormOneStep() {
        UpliftCurves.Curve q = UpliftCurves.qini(new double[] {1, 1, 0, 0}, new double[] {1, 0, 0, 1},
                new boolean[] {true, false, true, false});
        // after the tie (units 1, 2): Y_T 1, N_T 1, Y_C 0 → 1; after all: 1 − 1·2/2 = 0
        assertThat(q.x()).containsExactly(0, 2, 4);
        assertThat(q.y()).containsExactly(0, 1, 0);
    }

    @Test
    void upliftAtKTakesTheTopOfEachGroup() {
        assertThat(UpliftCurves.upliftAtK(SCORE, Y, TREATED, 1 / 3.0)).isCloseTo(1.0, offset(1e-12));
        assertThat(UpliftCurves.upliftAtK(SCORE, Y, TREATED, 2 / 3.0)).isCloseTo(0.5, offset(1e-12));
        assertThat(UpliftCurves.upliftAtK(SCORE, Y, TREATED, 1.0)).isCloseTo(2 / 3.0 - 1 / 3.0, offset(1e-12));
    }

    @Test
    void decilesSplitTheRankingIntoTenths() {
        double[] score = new double[20];
        double[] y = new double[20];
        boolean[] treated = new boolean[20];
        for (int i = 0; i < 20; i++) {
            score[i] = 20 - i;
            treated[i] = i % 2 == 0;
            y[i] = i < 10 && treated[i] ? 1 : 0;
        }
        List<UpliftCurves.DecileUplift> d = UpliftCurves.byDecile(score, y, treated);
        assertThat(d).hasSize(10);
        assertThat(d.get(0).observedUplift()).isEqualTo(1.0);
        assertThat(d.get(9).observedUplift()).isEqualTo(0.0);
        assertThat(d.stream().mapToLong(x -> x.treated() + x.control()).sum()).isEqualTo(20);
    }
}
