package io.campaignlab.engine.segments.rules;

import io.campaignlab.engine.segments.SegmentJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text syntax of rule conditions: each kind of measure, quoting, and the errors that name the condition. */
class RuleConditionTest {

    @Test
    void eachKindOfMeasureIsReadAndWrittenBack() {
        RuleCondition purchases = RuleCondition.parse("purchases_30d>=2");
        assertThat(purchases.measure()).isEqualTo(RuleMeasure.behaviour(RuleMeasure.Behaviour.PURCHASES, 30));
        assertThat(purchases.operator()).isEqualTo(RuleOperator.GE);
        assertThat(purchases.number()).isEqualTo(2.0);
        assertThat(purchases.text()).isEqualTo("purchases_30d >= 2");

        RuleCondition score = RuleCondition.parse(" score:run3@impressions:max > 0.05 ");
        assertThat(score.measure()).isEqualTo(RuleMeasure.score(3, "impressions", RuleMeasure.ScoreAggregate.MAX));
        assertThat(score.text()).isEqualTo("score:run3@impressions:max > 0.05");
        assertThat(RuleCondition.parse("score:run12 < 1").measure().aggregate())
                .isEqualTo(RuleMeasure.ScoreAggregate.MEAN);

        RuleCondition band = RuleCondition.parse("age_band = '25-34'");
        assertThat(band.measure()).isEqualTo(RuleMeasure.column("age_band"));
        assertThat(band.value()).isEqualTo("25-34");
        assertThat(band.text()).isEqualTo("age_band = '25-34'");
        assertThat(RuleCondition.parse("region <> \"North East\"").value()).isEqualTo("North East");
        assertThat(RuleCondition.parse("region <> north").operator()).isEqualTo(RuleOperator.NE);
        assertThat(RuleCondition.parse("days_since_purchase <= 14").measure().behaviour())
                .isEqualTo(RuleMeasure.Behaviour.DAYS_SINCE_PURCHASE);
        assertThat(RuleCondition.parse("SPEND_90D == 100").measure().text()).isEqualTo("spend_90d");
    }

    @Test
    void aBadConditionIsNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> RuleCondition.parse("purchases_30d two"))
                .hasMessageContaining("condition 'purchases_30d two' is not MEASURE OPERATOR VALUE");
        assertThatThrownBy(() -> RuleCondition.parse("purchases_30d >= two"))
                .hasMessageContaining("condition 'purchases_30d >= two'").hasMessageContaining("must be a number");
        assertThatThrownBy(() -> RuleCondition.parse("views_0d > 1")).hasMessageContaining("1 to 3650 days");
        assertThatThrownBy(() -> RuleCondition.parse("score:model3 > 1")).hasMessageContaining("score:runN");
        assertThatThrownBy(() -> RuleCondition.parse("a-b = 1")).hasMessageContaining("nor a column name");
        assertThatThrownBy(() -> RuleCondition.parse("age_band =")).hasMessageContaining("not MEASURE");
        assertThatThrownBy(() -> SegmentRule.parse(null, "users", null, List.of("purchases_7d > 0")))
                .hasMessageContaining("needs an events dataset");
        assertThatThrownBy(() -> SegmentRule.parse("events", null, null, List.of("age_band = x")))
                .hasMessageContaining("of a users dataset");
        assertThatThrownBy(() -> SegmentRule.parse("events", null, null, List.of()))
                .hasMessageContaining("at least one condition");
    }

    @Test
    void aRuleJoinsItsConditionsWithAndAndSurvivesJson() {
        SegmentRule rule = SegmentRule.parse("events", "users", java.time.LocalDate.of(2024, 3, 1),
                List.of("purchases_30d >= 2", "score:run3 >= 0.05"));
        assertThat(rule.text()).isEqualTo("purchases_30d >= 2 AND score:run3 >= 0.05");
        RuleSegmentRequest request = new RuleSegmentRequest(null, rule);
        assertThat(request.name()).isEqualTo(rule.text());
        assertThat(SegmentJson.read(SegmentJson.write(request), RuleSegmentRequest.class)).isEqualTo(request);
    }
}
