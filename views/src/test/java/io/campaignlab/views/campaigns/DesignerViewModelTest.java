package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignFileException;
import io.campaignlab.engine.campaigns.CampaignJson;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The designer's fields against the campaign record and file: round trips, field-by-field problems, live size. */
class DesignerViewModelTest {

    private final FakeCampaignStore store = new FakeCampaignStore();
    private final List<Runnable> pending = new ArrayList<>();
    private final DesignerViewModel designer = new DesignerViewModel(store,
            new ImmediateJobExecutor(new FakeWorkspace()::runner), Runnable::run, pending::add);

    /** Every part of a design filled: a rule with a quoted value and an uplift threshold, all four offer kinds. */
    static Campaign everything() {
        Audience audience = new Audience(null, "purchases_30d >= 2 AND age_band = \"25-34\" AND uplift:run7 >= 0.01",
                "events", "users", LocalDate.of(2025, 3, 1), List.of(3L, 5L), List.of("Winter sale"));
        Offer coupon = new Offer("coupon_5_off", Offer.Kind.COUPON, null, null, null, 5.0, null, null, null, null,
                null, new CostModel(0.02, null, 0.5), List.of("purchases_90d >= 1", "age_band != '18-24'"));
        Offer discount = new Offer("dynamic", Offer.Kind.DYNAMIC_DISCOUNT, null, null, null, null, null,
                List.of(0.0, 5.0, 12.5, 20.0), 4.25, 10.0, List.of(11L, 12L, 13L, 14L), null, null);
        Offer recs = new Offer("for_you", Offer.Kind.RECOMMENDATION, 21L, 4, null, null, null, null, null, null,
                null, new CostModel(null, 0.1, null), null);
        Offer ad = new Offer("banner", Offer.Kind.AD, 9L, null, List.of("b1", "b2", "b3"), null, null, null, null,
                null, null, null, null);
        return new Campaign("Spring all", Objective.MARGIN, audience, List.of(coupon, discount, recs, ad),
                new Policy(Policy.Kind.EPSILON_GREEDY, 0.15), new Constraints(5000.0,
                new Constraints.FrequencyCap(2, Constraints.Period.WEEK), 0.1, "spring", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31)));
    }

    @Test
    void aDesignShownAndBuiltAgainIsTheSameRecordAndFile() {
        for (Campaign c : List.of(everything(), new Campaign("Bare", Objective.CLICKS, Audience.ofSegment(3),
                List.of(Offer.couponPercent("c", 20)), null, null))) {
            designer.show(c, true);
            assertThat(designer.problems()).isEmpty();
            assertThat(designer.built().campaign()).isEqualTo(c);
            assertThat(CampaignJson.write(designer.built().campaign())).isEqualTo(CampaignJson.write(c));
            assertThat(designer.dirtyProperty().get()).isFalse();
        }
    }

    @Test
    void aCampaignFileReadIntoTheDesignerIsWrittenBackByteForByte() {
        String file = """
                {
                  "name" : "From the CLI",
                  "objective" : "revenue",
                  "audience" : {
                    "rule" : "purchases_30d>=1 AND score:run4@impressions:max > 0.2",
                    "events" : "events"
                  },
                  "offers" : [ {
                    "name" : "coupon_20pct",
                    "kind" : "coupon",
                    "percent" : 20.0
                  } ],
                  "policy" : {
                    "kind" : "greedy"
                  },
                  "constraints" : { }
                }""";
        Campaign read = CampaignJson.read(file, "cli.json");
        designer.show(read, true);

        assertThat(CampaignJson.write(designer.built().campaign())).isEqualTo(file);
    }

    @Test
    void problemsNameTheFieldWithTheWordsOfTheFileCheck() {
        designer.show(everything(), true);
        LimitsForm limits = designer.form().limits();
        limits.fields().budget().set("-5");
        limits.fields().holdout().set("a tenth");
        OfferForm discount = designer.form().offers().get(1);
        discount.fields().menu().set("0, 5, 12.5, 95");

        assertThat(designer.problemAt("constraints.budget").get()).isEqualTo("-5 is not a positive amount of money");
        assertThat(designer.problemAt("constraints.holdout").get()).isEqualTo("'a tenth' is not a number");
        assertThat(designer.problemAt("offers[1]").get()).isEqualTo("discount_menu[3]: 95 is not a percentage"
                + " between 0 and 90");
        assertThat(designer.dirtyProperty().get()).isTrue();
        // the same design as a file gets the same words from campaign import
        String asFile = CampaignJson.write(designer.built().campaign());
        assertThatThrownBy(() -> CampaignJson.read(asFile, "x.json")).isInstanceOf(CampaignFileException.class)
                .hasMessageContaining("constraints.budget: -5 is not a positive amount of money")
                .hasMessageContaining("offers[1].discount_menu[3]: 95 is not a percentage between 0 and 90");
        assertThat(designer.problems()).contains("constraints.budget: -5 is not a positive amount of money",
                "offers[1].discount_menu[3]: 95 is not a percentage between 0 and 90",
                "constraints.holdout: 'a tenth' is not a number");
    }

    @Test
    void editingAConditionRowRewritesTheRuleAndASegmentAudienceDropsIt() {
        designer.show(everything(), true);
        AudienceForm audience = designer.form().audience();
        assertThat(audience.conditions()).hasSize(3);
        assertThat(audience.conditions().get(1).valueProperty().get()).isEqualTo("25-34");
        audience.conditions().get(0).valueProperty().set("3");

        assertThat(designer.built().campaign().audience().rule()).isEqualTo("purchases_30d >= 3 AND age_band ="
                + " '25-34' AND uplift:run7 >= 0.01");
        audience.fields().source().set(AudienceForm.Source.SEGMENT);
        assertThat(designer.problemAt("audience.segment").get()).isEmpty();
        assertThat(designer.problemOnly("audience").get()).startsWith("give a segment");
        audience.fields().segment().set(4L);
        assertThat(designer.built().campaign().audience()).isEqualTo(Audience.ofSegment(4)
                .excluding(List.of(3L, 5L), List.of("Winter sale")));
        assertThat(designer.problems()).isEmpty();
    }

    @Test
    void theLiveSizeCountsOnlyTheAudienceOfTheLatestEdit() {
        designer.show(everything(), true);
        AudienceForm audience = designer.form().audience();
        audience.fields().excludeSegments().set("3");
        audience.fields().excludeSegments().set("3, 5, 8");
        assertThat(pending).hasSize(3); // shown, then one per edit; they settle in order
        pending.forEach(Runnable::run);

        assertThat(store.counted).hasSize(1);
        assertThat(store.counted.get(0).excludeSegments()).containsExactly(3L, 5L, 8L);
        assertThat(designer.sizeProperty().get()).startsWith("2,970 users (3,000 targeted, 30 excluded) · counted"
                + " in ");
        audience.fields().excludeSegments().set("3, x");
        pending.get(pending.size() - 1).run();
        assertThat(store.counted).hasSize(1);
        assertThat(designer.sizeProperty().get()).isEqualTo("Not counted: audience.exclude_segments[1]: 'x' is not"
                + " a whole number");
    }
}
