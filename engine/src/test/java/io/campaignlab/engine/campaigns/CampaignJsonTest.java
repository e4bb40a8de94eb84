package io.campaignlab.engine.campaigns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The campaign file: a full design survives write → read unchanged, and each invalid file gets its message. */
class CampaignJsonTest {

    /** A file using every field, as a marketer would write it. */
    static final String FULL = """
            {
              "name": "Spring coupons",
              "objective": "margin",
              "audience": {
                "rule": "purchases_30d >= 2 AND age_band = 'a and b' AND uplift:run7 >= 0.01",
                "events": "events",
                "users": "users",
                "snapshot": "2024-03-01",
                "exclude_segments": [4, 5],
                "exclude_campaigns": ["Winter sale"]
              },
              "offers": [
                {"name": "coupon_20", "kind": "coupon", "percent": 20, "cost": {"per_conversion": 0.5},
                 "eligibility": ["days_since_purchase >= 7"]},
                {"name": "five_off", "kind": "coupon", "amount": 5},
                {"name": "dyn", "kind": "dynamic_discount", "discount_menu": [0, 5, 10, 15, 20], "min_margin": 2.5,
                 "max_average_discount": 8, "response_runs": [11, 12, 13, 14, 15]},
                {"name": "recs", "kind": "recommendation", "run": 9, "slots": 4, "cost": {"per_grant": 0.001}},
                {"name": "banner", "kind": "ad", "run": 3, "creatives": ["b1", "b2"],
                 "cost": {"per_grant": 0.002, "per_click": 0.1}}
              ],
              "policy": {"kind": "epsilon_greedy", "epsilon": 0.1},
              "constraints": {"budget": 5000, "frequency_cap": {"max": 2, "per": "week"}, "holdout": 0.1,
                              "exclusion_group": "promo", "start": "2024-03-04", "end": "2024-03-31"}
            }
            """;

    @Test
    void aFullFileIsReadIntoTheRecordsAndRoundTrips() {
        Campaign c = CampaignJson.read(FULL, "spring.json");
        assertThat(c.name()).isEqualTo("Spring coupons");
        assertThat(c.objective()).isEqualTo(Objective.MARGIN);
        assertThat(c.audience().excludeSegments()).containsExactly(4L, 5L);
        assertThat(c.audience().snapshot()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(c.offers()).hasSize(5);
        assertThat(c.offers().get(2).discountMenu()).containsExactly(0.0, 5.0, 10.0, 15.0, 20.0);
        assertThat(c.offers().get(0).cost().perConversion()).isEqualTo(0.5);
        assertThat(c.policy()).isEqualTo(new Policy(Policy.Kind.EPSILON_GREEDY, 0.1));
        assertThat(c.constraints().frequencyCap()).isEqualTo(new Constraints.FrequencyCap(2,
                Constraints.Period.WEEK));
        assertThat(c.constraints().end()).isEqualTo(LocalDate.of(2024, 3, 31));

        String written = CampaignJson.write(c);
        assertThat(written).contains("\"discount_menu\"", "\"exclude_campaigns\"", "\"2024-03-31\"",
                "\"epsilon_greedy\"", "\"dynamic_discount\"").doesNotContain("null", "discountMenu");
        assertThat(CampaignJson.read(written, "again")).isEqualTo(c);
        assertThat(CampaignJson.write(CampaignJson.read(written, "again"))).isEqualTo(written);
    }

    @Test
    void aMinimalFileNeedsNameObjectiveAudienceAndOneOffer() {
        Campaign c = CampaignJson.read("""
                {"name": "m", "objective": "clicks", "audience": {"segment": 3},
                 "offers": [{"name": "c", "kind": "coupon", "amount": 1.5}]}""", "m.json");
        assertThat(c.policyOrDefault().kind()).isEqualTo(Policy.Kind.GREEDY);
        assertThat(c.constraintsOrNone().holdoutShare()).isZero();
        assertThat(CampaignJson.write(c)).doesNotContain("policy", "constraints", "exclude");
    }

    @Test
    void aRuleIsSplitOnAndOutsideQuotesAndUpliftIsCountedAsTheRunsScore() {
        assertThat(AudienceRules.split("a >= 1 and b = 'x AND y'  AND  score:run2 > 0"))
                .containsExactly("a >= 1", "b = 'x AND y'", "score:run2 > 0");
        var rule = AudienceRules.toSegmentRule(Audience.ofRule("uplift:run7:max >= 0.01", "events", null));
        assertThat(rule.text()).isEqualTo("score:run7:max >= 0.01");
        assertThatThrownBy(() -> AudienceRules.split("a >= 1 AND")).hasMessageContaining("empty condition");
    }

    static Stream<Arguments> invalidFiles() {
        String ok = "\"name\": \"n\", \"objective\": \"clicks\", \"audience\": {\"segment\": 3}, ";
        String offer = "\"offers\": [{\"name\": \"c\", \"kind\": \"coupon\", \"amount\": 1}]";
        return Stream.of(
                Arguments.of("{" + ok + "\"offers\": [{\"name\": \"c\", \"kind\": \"coupon\", \"amount\": 1},"
                                + " {\"name\": \"d\", \"kind\": \"dynamic_discount\", \"discount_menu\": [0, 5, 95]}]}",
                        List.of("offers[1].discount_menu[2]: 95 is not a percentage between 0 and 90")),
                Arguments.of("{\"name\": \"n\", \"objective\": \"clicks\", \"audience\": {\"segment\": 3, \"rule\":"
                        + " \"views_7d >= 1\", \"events\": \"e\"}, " + offer + "}",
                        List.of("audience: give a segment or a rule, not both")),
                Arguments.of("{" + ok + "\"offers\": [{\"name\": \"c\", \"kind\": \"coupon\", \"amount\": 1,"
                                + " \"colour\": \"red\"}]}",
                        List.of("offers[0].colour: unknown field 'colour'; the fields here are amount, cost,"
                                + " creatives, discount_menu, eligibility, kind, max_average_discount, min_margin,"
                                + " name, percent, response_runs, run, slots")),
                Arguments.of("{" + ok + offer + ", \"budget\": 10}",
                        List.of("budget: unknown field 'budget'; the fields here are audience, constraints, name,"
                                + " objective, offers, policy")),
                Arguments.of("{\"name\": \"n\", \"objective\": \"sales\", \"audience\": {\"segment\": 3}, " + offer
                        + "}", List.of("objective: 'sales' is not one of clicks, conversions, revenue, margin")),
                Arguments.of("{" + ok + offer + ", \"constraints\": {\"budget\": \"lots\"}}",
                        List.of("constraints.budget: expected a number, not \"lots\"")),
                Arguments.of("{" + ok + offer + ", \"constraints\": {\"start\": \"2024-02-30\"}}",
                        List.of("constraints.start: expected a day written YYYY-MM-DD, not \"2024-02-30\"")),
                Arguments.of("{" + ok + "\"offers\": [{\"name\": \"r\", \"kind\": \"recommendation\", \"run\": 2,"
                        + " \"slots\": 2.5}]}", List.of("offers[0].slots: expected a whole number, not 2.5")),
                Arguments.of("{" + ok + offer + ", \"name\": \"m\"}", List.of("not valid JSON at line 1, column ")),
                Arguments.of("{" + ok + offer, List.of("not valid JSON at line 1")),
                Arguments.of("", List.of("the file is empty; a campaign file is one JSON object")),
                Arguments.of("{\"name\": \"bad/name\", \"audience\": {\"rule\": \"spend_90d >= x\"}, \"offers\": []}",
                        List.of("name: 'bad/name' cannot be a name: use letters, digits, spaces and . _ -, up to 100"
                                        + " characters, starting with a letter or digit",
                                "objective: give one of clicks, conversions, revenue, margin",
                                "audience: a rule needs an events dataset (events), a users dataset (users) or both",
                                "offers: give at least one offer")),
                Arguments.of("{\"name\": \"n\", \"objective\": \"clicks\", \"audience\": {\"rule\": \"spend_90d >="
                        + " x\", \"events\": \"e\"}, " + offer + "}", List.of("audience.rule: condition"
                        + " 'spend_90d >= x': the value of spend_90d must be a number, not 'x'")),
                Arguments.of("{\"name\": \"n\", \"objective\": \"clicks\", \"audience\": {\"segment\": 3,"
                        + " \"events\": \"e\", \"exclude_segments\": [3, 0, 7, 7], \"exclude_campaigns\": [\"n\"]}, "
                        + offer + "}", List.of(
                        "audience.events: a segment brings its members; only a rule audience reads an events dataset",
                        "audience.exclude_segments[0]: segment 3 is the audience itself",
                        "audience.exclude_segments[1]: 0 is not a segment id (ids are positive; campaign-lab segments"
                                + " lists them)",
                        "audience.exclude_segments[3]: segment 7 is listed twice",
                        "audience.exclude_campaigns[0]: a campaign cannot exclude itself")),
                Arguments.of("{" + ok + "\"offers\": ["
                        + "{\"name\": \"a\", \"kind\": \"coupon\", \"amount\": 5, \"percent\": 10},"
                        + "{\"name\": \"a\", \"kind\": \"coupon\", \"percent\": 95, \"slots\": 3},"
                        + "{\"name\": \"r\", \"kind\": \"recommendation\", \"slots\": 0},"
                        + "{\"name\": \"ad\", \"kind\": \"ad\", \"run\": 4, \"creatives\": [\"x\", \"x\"],"
                        + " \"cost\": {\"per_click\": -1}, \"eligibility\": [\"views_7d >\"]},"
                        + "{\"name\": \"d\", \"kind\": \"dynamic_discount\", \"discount_menu\": [5, 10, 10],"
                        + " \"min_margin\": -2, \"max_average_discount\": 3, \"response_runs\": [1, 2]}]}", List.of(
                        "offers[0]: a coupon gives an amount or a percent off, not both",
                        "offers[1].name: 'a' is also the name of offers[0]",
                        "offers[1].slots: a coupon offer has no slots (only recommendation offers do)",
                        "offers[1].percent: 95 is not a percentage above 0 and at most 90",
                        "offers[2].run: give the recommender run that fills its slots",
                        "offers[2].slots: 0 is not a number of slots between 1 and 50",
                        "offers[3].creatives[1]: 'x' is listed twice",
                        "offers[3].cost.per_click: -1 is not an amount of money of 0 or more",
                        "offers[3].eligibility[0]: condition 'views_7d >' is not MEASURE OPERATOR VALUE, for example"
                                + " purchases_30d >= 2, score:run3 >= 0.05 or age_band = 25-34",
                        "offers[4].discount_menu[2]: 10 is listed twice",
                        "offers[4].min_margin: -2 is not an amount of money of 0 or more",
                        "offers[4].max_average_discount: 3 is below the menu's smallest level, 5, so no choice can"
                                + " keep to it",
                        "offers[4].response_runs: 2 runs for 3 menu levels; give one response run per level, in the"
                                + " menu's order")),
                Arguments.of("{" + ok + offer + ", \"policy\": {\"kind\": \"epsilon_greedy\", \"epsilon\": 1.5},"
                        + " \"constraints\": {\"budget\": 0, \"frequency_cap\": {\"max\": 0}, \"holdout\": 0.6,"
                        + " \"start\": \"2024-03-02\", \"end\": \"2024-03-01\"}}", List.of(
                        "policy.epsilon: 1.5 is not a share above 0 and at most 1",
                        "constraints.budget: 0 is not a positive amount of money",
                        "constraints.frequency_cap.max: 0 is not a number of offers per user of at least 1",
                        "constraints.frequency_cap.per: give day or week",
                        "constraints.holdout: 0.6 is not a share between 0 and 0.5",
                        "constraints.end: 2024-03-01 is before the start, 2024-03-02")),
                Arguments.of("{" + ok + offer + ", \"policy\": {\"kind\": \"thompson\", \"epsilon\": 0.1}}",
                        List.of("policy.epsilon: only epsilon_greedy takes an epsilon, not thompson")),
                Arguments.of("{" + ok + offer + ", \"policy\": {\"kind\": \"epsilon_greedy\"}}",
                        List.of("policy.epsilon: epsilon_greedy needs an epsilon, the share of random choices, e.g."
                                + " 0.1")),
                Arguments.of("{" + ok + offer + ", \"constraints\": {\"frequency_cap\": {\"max\": 1, \"per\":"
                        + " \"month\"}}}", List.of("constraints.frequency_cap.per: 'month' is not one of day, week")),
                Arguments.of("{" + ok + "\"offers\": {\"name\": \"c\"}}", List.of("offers: expected a list [ … ]")));
    }

    @ParameterizedTest
    @MethodSource("invalidFiles")
    void anInvalidFileIsRefusedNamingEachField(String json, List<String> messages) {
        assertThatThrownBy(() -> CampaignJson.read(json, "f.json"))
                .isInstanceOfSatisfying(CampaignFileException.class, e -> {
                    List<String> got = e.problems().stream().map(FieldProblem::message).toList();
                    assertThat(got).as(e.getMessage()).hasSameSizeAs(messages);
                    for (int i = 0; i < messages.size(); i++) {
                        assertThat(got.get(i)).startsWith(messages.get(i));
                    }
                    assertThat(e.getMessage()).startsWith("f.json");
                });
    }
}
