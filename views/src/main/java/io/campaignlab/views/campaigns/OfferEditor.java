package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Offer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The fields of one offer: name and kind, the fields of its kind (the others hidden), cost model and eligibility
 * conditions, each with its problems ({@code offers[i].…}). Made anew for each offer selected.
 */
final class OfferEditor extends VBox {

    /**
     * @param index    the offer's place in the campaign, for the problem paths
     * @param problems the problems at a path and inside it
     * @param exactly  the problems at a path itself
     * @param runs     the runs that fit each use, for the run pickers
     */
    OfferEditor(OfferForm offer, int index, Function<String, ObservableStringValue> problems,
                Function<String, ObservableStringValue> exactly, Function<RunChoice.Use, ObservableList<RunChoice>> runs) {
        super(4);
        getStyleClass().add("offer-editor");
        String at = "offers[" + index + "]";
        TextField name = FieldRows.text("offer-name", 16, "unique in the campaign");
        name.textProperty().bindBidirectional(offer.fields().name());
        ChoiceBox<Offer.Kind> kind = FieldRows.choice("offer-kind", k -> k.id().replace('_', ' '),
                java.util.List.of(Offer.Kind.values()));
        kind.valueProperty().bindBidirectional(offer.fields().kind());

        ChoiceBox<OfferForm.CouponMode> mode = new ChoiceBox<>();
        mode.setId("offer-coupon-mode");
        mode.getItems().setAll(OfferForm.CouponMode.values());
        mode.valueProperty().bindBidirectional(offer.fields().couponMode());
        TextField value = bound("offer-coupon-value", 6, "e.g. 10", offer.fields().couponValue());
        VBox coupon = FieldRows.row("Coupon", FieldRows.inline(mode, value), Bindings.concat(exactly.apply(at),
                problems.apply(at + ".percent"), problems.apply(at + ".amount")));

        VBox discount = new VBox(4,
                FieldRows.row("Discount menu %", bound("offer-menu", 16, "0, 5, 10, 15, 20", offer.fields().menu()),
                        problems.apply(at + ".discount_menu")),
                FieldRows.row("Min margin / order", bound("offer-min-margin", 6, "money", offer.fields().minMargin()),
                        problems.apply(at + ".min_margin")),
                FieldRows.row("Average cap %", bound("offer-max-average", 6, "percent", offer.fields().maxAverage()),
                        problems.apply(at + ".max_average_discount")),
                FieldRows.row("Response runs", FieldRows.inline(bound("offer-response-runs", 10, "one run per level,"
                        + " e.g. 11, 12", offer.fields().responseRuns()), RunFields.appending("offer-response-pick",
                        runs.apply(RunChoice.Use.MODEL), offer.fields().responseRuns())),
                        problems.apply(at + ".response_runs")));
        ComboBox<RunChoice> run = RunFields.single("offer-run", runs.apply(RunChoice.Use.MODEL), offer.fields().run());
        VBox ranked = new VBox(4,
                FieldRows.row("Run", run, problems.apply(at + ".run")),
                FieldRows.row("Slots", bound("offer-slots", 4, "1 to 50", offer.fields().slots()),
                        problems.apply(at + ".slots")),
                FieldRows.row("Creatives", bound("offer-creatives", 20, "ad or banner ids, e.g. b1, b2",
                        offer.fields().creatives()), problems.apply(at + ".creatives")));
        Node slotsRow = ranked.getChildren().get(1);
        Node creativesRow = ranked.getChildren().get(2);
        Runnable byKind = () -> {
            Offer.Kind k = offer.fields().kind().get();
            run.setItems(runs.apply(k == Offer.Kind.RECOMMENDATION ? RunChoice.Use.RECOMMENDER : RunChoice.Use.MODEL));
            show(coupon, k == Offer.Kind.COUPON);
            show(discount, k == Offer.Kind.DYNAMIC_DISCOUNT);
            show(ranked, k == Offer.Kind.RECOMMENDATION || k == Offer.Kind.AD);
            show(slotsRow, k == Offer.Kind.RECOMMENDATION);
            show(creativesRow, k == Offer.Kind.AD);
        };
        offer.fields().kind().addListener((o, a, b) -> byKind.run());
        byKind.run();

        TextArea eligibility = new TextArea();
        eligibility.setId("offer-eligibility");
        eligibility.setPrefRowCount(2);
        eligibility.setPrefColumnCount(24);
        eligibility.setPromptText("one condition per line, e.g. purchases_90d >= 1");
        eligibility.textProperty().bindBidirectional(offer.fields().eligibility());
        getChildren().setAll(
                FieldRows.row("Name", name, problems.apply(at + ".name")),
                FieldRows.row("Kind", kind, problems.apply(at + ".kind")),
                coupon, discount, ranked,
                FieldRows.row("Cost per grant", bound("offer-cost-grant", 6, "money, e.g. media cost",
                        offer.fields().perGrant()), problems.apply(at + ".cost.per_grant")),
                FieldRows.row("Cost per click", bound("offer-cost-click", 6, "money", offer.fields().perClick()),
                        problems.apply(at + ".cost.per_click")),
                FieldRows.row("Cost per conversion", bound("offer-cost-conversion", 6, "money, e.g. a fulfilment"
                        + " fee", offer.fields().perConversion()), problems.apply(at + ".cost.per_conversion")),
                FieldRows.row("Eligible when", eligibility, problems.apply(at + ".eligibility")));
    }

    private static TextField bound(String id, int columns, String prompt, StringProperty p) {
        TextField field = FieldRows.text(id, columns, prompt);
        field.textProperty().bindBidirectional(p);
        return field;
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
