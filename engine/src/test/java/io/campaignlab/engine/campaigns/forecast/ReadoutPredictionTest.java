package io.campaignlab.engine.campaigns.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The readout's prediction interval and the forecast's small formulas, against values worked out by hand with
 * scipy (norm.ppf(0.975), math.sqrt, statistics.stdev).
 */
class ReadoutPredictionTest {

    @Test
    void predictionIntervalAddsTheArmsBinomialNoiseToTheModelsUncertainty() {
        // 50,000 users, 10% holdout: 45,000 treated, 5,000 held out; holdout rate 8%, uplift 4 points, model sd 0.003
        ReadoutPrediction p = ReadoutPrediction.of(50_000, 0.1, 1.0, 0.04, 0.003, 0.08);
        assertThat(p.treated()).isEqualTo(45_000);
        assertThat(p.holdout()).isEqualTo(5_000);
        assertThat(p.treatedRate()).isCloseTo(0.12, within(1e-12));
        assertThat(p.samplingSd()).isCloseTo(0.004131182235954578, within(1e-12));
        assertThat(p.difference().estimate()).isCloseTo(0.04, within(1e-12));
        assertThat(p.difference().ciLow()).isCloseTo(0.029993300914249486, within(1e-9));
        assertThat(p.difference().ciHigh()).isCloseTo(0.05000669908575052, within(1e-9));
    }

    @Test
    void aBudgetThatReachesHalfTheTreatedHalvesTheExpectedDifference() {
        ReadoutPrediction p = ReadoutPrediction.of(50_000, 0.1, 0.5, 0.04, 0.003, 0.08);
        assertThat(p.samplingSd()).isCloseTo(0.004089009660052175, within(1e-12));
        assertThat(p.difference().ciLow()).isCloseTo(0.011463462421533684, within(1e-9));
        assertThat(p.difference().ciHigh()).isCloseTo(0.028536537578466317, within(1e-9));
    }

    @Test
    void aReadoutNeedsBothArms() {
        assertThatThrownBy(() -> ReadoutPrediction.of(4, 0.1, 1, 0.04, 0, 0.08))
                .hasMessageContaining("both arms");
    }

    @Test
    void grantsAreWholeCentsOfTheBudgetAndModelSdIsTheSampleSdOfTheReplicatesMeans() {
        assertThat(CampaignForecastJob.grants(5000.0, 0.05)).isEqualTo(100_000L);
        assertThat(CampaignForecastJob.grants(1.0, 0.03)).isEqualTo(33L);
        assertThat(CampaignForecastJob.grants(null, 0.05)).isNull();
        assertThat(CampaignForecastJob.grants(100.0, 0.0)).isNull();
        List<double[]> replicates = List.of(new double[]{0.02, 0.04}, new double[]{0.05, 0.05},
                new double[]{0.04, 0.04}, new double[]{0.04, 0.05});
        assertThat(CampaignForecastJob.modelSd(replicates)).isCloseTo(0.008539125638299666, within(1e-12));
        assertThat(CampaignForecastJob.modelSd(List.of(new double[]{0.1}))).isZero();
    }
}
