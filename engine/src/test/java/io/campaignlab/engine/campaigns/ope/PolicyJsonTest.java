package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decision-list policies: the first matching rule wins, stochastic arms, and messages that name rule and field. */
class PolicyJsonTest {

    static final List<String> ARMS = List.of("control", "coupon_10", "coupon_20");

    /** Four units: recency 120, 10, missing, 30; device mobile, desktop, mobile, missing. */
    static final Frame FRAME = Frame.of("t", new long[] {1, 2, 3, 4}, List.of(
            new FrameColumn.Numbers("recency_days", new double[] {120, 10, Double.NaN, 30}),
            new FrameColumn.Texts("device", new String[] {"mobile", "desktop", "mobile", null})));

    @Test
    void theFirstMatchingRuleChoosesAndTheDefaultTakesTheRest() {
        DecisionList policy = PolicyJson.parse("""
                {"rules": [{"when": "recency_days > 90", "arm": "coupon_20"},
                           {"when": ["device = mobile"], "arm": {"coupon_10": 0.25, "control": 0.75}}],
                 "default": "control"}""");
        double[][] pi = policy.probabilities(FRAME, ARMS);
        // unit 1: recency 120 > 90, rule 1 (also mobile, but rule 1 comes first)
        assertThat(pi[0]).containsExactly(0, 0, 1);
        // unit 2: recency 10, desktop: default
        assertThat(pi[1]).containsExactly(1, 0, 0);
        // unit 3: recency missing (no condition on it holds), mobile: rule 2
        assertThat(pi[2]).containsExactly(0.75, 0.25, 0);
        // unit 4: device missing: default
        assertThat(pi[3]).containsExactly(1, 0, 0);
        assertThat(policy.columns()).containsExactly("recency_days", "device");
        // shares: control (0 + 1 + 0.75 + 1)/4, coupon_10 0.25/4, coupon_20 1/4
        assertThat(DecisionList.shares(pi, 3)).containsExactly(0.6875, 0.0625, 0.25);
    }

    @Test
    void conditionsOfARuleMustAllHold() {
        DecisionList policy = PolicyJson.parse("{\"rules\":[{\"when\":[\"recency_days >= 10\",\"device != mobile\"],"
                + "\"arm\":\"coupon_10\"}],\"default\":\"control\"}");
        double[][] pi = policy.probabilities(FRAME, ARMS);
        // only unit 2 (10, desktop); unit 4's missing device satisfies no condition, != included
        assertThat(pi[1]).containsExactly(0, 1, 0);
        assertThat(pi[0][1] + pi[2][1] + pi[3][1]).isZero();
    }

    @Test
    void messagesNameTheRuleAndTheField() {
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"recency_days > 90\",\"arm\":\"c\"},"
                + "{\"wen\":\"x > 1\",\"arm\":\"c\"}],\"default\":\"c\"}"))
                .hasMessageStartingWith("policy rule 2: unknown field \"wen\"");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"recency_days 90\",\"arm\":\"c\"}],"
                + "\"default\":\"c\"}")).hasMessageStartingWith("policy rule 1 \"when\": condition 'recency_days 90'"
                + " is not MEASURE OPERATOR VALUE");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"recency_days > 90\"}],\"default\":\"c\"}"))
                .hasMessage("policy rule 1: \"arm\" is missing");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[]}")).hasMessageStartingWith("policy: \"default\" is"
                + " missing");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"a > 1\",\"arm\":{\"x\":0.5,\"y\":0.4}}],"
                + "\"default\":\"c\"}")).hasMessageStartingWith("policy rule 1: the arm probabilities sum to 0.9");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"score:run3 > 0.1\",\"arm\":\"x\"}],"
                + "\"default\":\"c\"}")).hasMessageContaining("policy rule 1").hasMessageContaining("dataset's columns");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\": [")).hasMessageStartingWith("policy: not valid JSON");
    }

    @Test
    void bindingToTheDataChecksColumnsTypesAndArms() {
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"recency > 90\",\"arm\":\"coupon_20\"}],"
                + "\"default\":\"control\"}").probabilities(FRAME, ARMS))
                .hasMessage("policy rule 1: condition 'recency > 90': dataset t has no column 'recency'");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"device > mobile\",\"arm\":\"coupon_20\"}],"
                + "\"default\":\"control\"}").probabilities(FRAME, ARMS))
                .hasMessageContaining("policy rule 1").hasMessageContaining("compare it with = or !=");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"recency_days > old\",\"arm\":\"coupon_20\"}"
                + "],\"default\":\"control\"}").probabilities(FRAME, ARMS))
                .hasMessageContaining("policy rule 1").hasMessageContaining("must be a number");
        assertThatThrownBy(() -> PolicyJson.parse("{\"rules\":[{\"when\":\"recency_days > 90\",\"arm\":\"coupon_30\"}"
                + "],\"default\":\"control\"}").probabilities(FRAME, ARMS))
                .hasMessageStartingWith("policy rule 1: arm 'coupon_30' was never logged");
        assertThatThrownBy(() -> PolicyJson.parse("{\"default\":\"free_gift\"}").probabilities(FRAME, ARMS))
                .hasMessageStartingWith("policy default: arm 'free_gift' was never logged");
    }
}
