package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.CostModel;
import io.campaignlab.engine.campaigns.FieldProblem;
import io.campaignlab.engine.campaigns.Offer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Locale;

/**
 * One offer in the designer: its name and kind, the fields of each kind (a recommender run and slots; a CTR run and
 * creatives; a coupon's amount or percent; a dynamic discount's menu, minimum margin, average cap and response runs),
 * its cost model and eligibility conditions (one per line). Only the fields of the chosen kind are written.
 */
public final class OfferForm {

    /** What a coupon takes off the order. */
    public enum CouponMode {
        PERCENT("percent off"), AMOUNT("fixed amount off");

        private final String label;

        CouponMode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Offer.Kind> kind = new SimpleObjectProperty<>(this, "kind", Offer.Kind.COUPON);
    private final StringProperty run = new SimpleStringProperty(this, "run", "");
    private final StringProperty slots = new SimpleStringProperty(this, "slots", "");
    private final StringProperty creatives = new SimpleStringProperty(this, "creatives", "");
    private final ObjectProperty<CouponMode> couponMode = new SimpleObjectProperty<>(this, "couponMode",
            CouponMode.PERCENT);
    private final StringProperty couponValue = new SimpleStringProperty(this, "couponValue", "");
    private final StringProperty menu = new SimpleStringProperty(this, "menu", "");
    private final StringProperty minMargin = new SimpleStringProperty(this, "minMargin", "");
    private final StringProperty maxAverage = new SimpleStringProperty(this, "maxAverage", "");
    private final StringProperty responseRuns = new SimpleStringProperty(this, "responseRuns", "");
    private final StringProperty perGrant = new SimpleStringProperty(this, "perGrant", "");
    private final StringProperty perClick = new SimpleStringProperty(this, "perClick", "");
    private final StringProperty perConversion = new SimpleStringProperty(this, "perConversion", "");
    private final StringProperty eligibility = new SimpleStringProperty(this, "eligibility", "");
    private CostModel loadedCost;

    /** An offer's fields. */
    static OfferForm of(Offer o) {
        OfferForm f = new OfferForm();
        f.name.set(o.name() == null ? "" : o.name());
        f.kind.set(o.kind());
        f.run.set(FieldText.number(o.run()));
        f.slots.set(FieldText.number(o.slots()));
        f.creatives.set(String.join(", ", o.creatives()));
        f.couponMode.set(o.amount() != null ? CouponMode.AMOUNT : CouponMode.PERCENT);
        f.couponValue.set(FieldText.number(o.amount() != null ? o.amount() : o.percent()));
        f.menu.set(FieldText.list(o.discountMenu()));
        f.minMargin.set(FieldText.number(o.minMargin()));
        f.maxAverage.set(FieldText.number(o.maxAverageDiscount()));
        f.responseRuns.set(FieldText.list(o.responseRuns()));
        CostModel cost = o.cost();
        f.loadedCost = cost;
        f.perGrant.set(FieldText.number(cost == null ? null : cost.perGrant()));
        f.perClick.set(FieldText.number(cost == null ? null : cost.perClick()));
        f.perConversion.set(FieldText.number(cost == null ? null : cost.perConversion()));
        f.eligibility.set(String.join("\n", o.eligibility()));
        return f;
    }

    /** A new offer of a kind, with the values a marketer starts from. */
    static OfferForm starting(Offer.Kind kind, String name) {
        Offer o = switch (kind) {
            case COUPON -> Offer.couponPercent(name, 10);
            case DYNAMIC_DISCOUNT -> Offer.dynamicDiscount(name, List.of(0.0, 5.0, 10.0, 15.0, 20.0), 5.0, 10.0);
            case RECOMMENDATION -> new Offer(name, kind, null, 4, null, null, null, null, null, null, null, null,
                    null);
            case AD -> new Offer(name, kind, null, null, null, null, null, null, null, null, null, null, null);
        };
        return of(o);
    }

    /** The offer the fields make, as offer {@code index} of the campaign; unreadable fields are named in out. */
    Offer build(int index, List<FieldProblem> out) {
        String at = "offers[" + index + "]";
        Offer.Kind k = kind.get();
        boolean rec = k == Offer.Kind.RECOMMENDATION;
        boolean ad = k == Offer.Kind.AD;
        boolean coupon = k == Offer.Kind.COUPON;
        boolean discount = k == Offer.Kind.DYNAMIC_DISCOUNT;
        Long runId = rec || ad ? FieldText.whole(run.get(), at + ".run", out) : null;
        Integer slotCount = rec ? FieldText.count(slots.get(), at + ".slots", out) : null;
        List<String> creativeIds = ad ? FieldText.parts(creatives.get()) : null;
        String valuePath = at + (couponMode.get() == CouponMode.AMOUNT ? ".amount" : ".percent");
        Double value = coupon ? FieldText.decimal(couponValue.get(), valuePath, out) : null;
        Double amount = couponMode.get() == CouponMode.AMOUNT ? value : null;
        Double percent = couponMode.get() == CouponMode.AMOUNT ? null : value;
        List<Double> levels = discount ? FieldText.decimals(menu.get(), at + ".discount_menu", out) : null;
        Double margin = discount ? FieldText.decimal(minMargin.get(), at + ".min_margin", out) : null;
        Double cap = discount ? FieldText.decimal(maxAverage.get(), at + ".max_average_discount", out) : null;
        List<Long> responses = discount ? FieldText.wholes(responseRuns.get(), at + ".response_runs", out) : null;
        return new Offer(FieldText.orNull(name.get()), k, runId, slotCount, creativeIds, amount, percent, levels,
                margin, cap, responses, cost(at, out), FieldText.lines(eligibility.get()));
    }

    private CostModel cost(String at, List<FieldProblem> out) {
        CostModel cost = new CostModel(FieldText.decimal(perGrant.get(), at + ".cost.per_grant", out),
                FieldText.decimal(perClick.get(), at + ".cost.per_click", out),
                FieldText.decimal(perConversion.get(), at + ".cost.per_conversion", out));
        boolean empty = cost.perGrant() == null && cost.perClick() == null && cost.perConversion() == null;
        return empty ? (cost.equals(loadedCost) ? loadedCost : null) : cost;
    }

    /** The offer in a few words, for the offers table. */
    String summary() {
        Offer.Kind k = kind.get();
        if (k == null) {
            return "";
        }
        return switch (k) {
            case COUPON -> couponValue.get().isBlank() ? "coupon" : couponMode.get() == CouponMode.AMOUNT
                    ? couponValue.get().strip() + " off" : couponValue.get().strip() + " % off";
            case DYNAMIC_DISCOUNT -> "menu " + menu.get() + " %" + (minMargin.get().isBlank() ? ""
                    : " · min margin " + minMargin.get().strip());
            case RECOMMENDATION -> slots.get().strip() + " slots from run " + run.get().strip();
            case AD -> FieldText.parts(creatives.get()).size() + " creatives ranked by run " + run.get().strip();
        };
    }

    /** The kind as the file writes it. */
    String kindText() {
        return kind.get() == null ? "" : kind.get().id().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** Everything an edit changes. */
    Observable[] observables() {
        return new Observable[]{name, kind, run, slots, creatives, couponMode, couponValue, menu, minMargin,
                maxAverage, responseRuns, perGrant, perClick, perConversion, eligibility};
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Offer.Kind> kindProperty() {
        return kind;
    }

    /** The recommender run (recommendation) or CTR run (ad). */
    public StringProperty runProperty() {
        return run;
    }

    public StringProperty slotsProperty() {
        return slots;
    }

    /** Ad or banner ids, separated by commas. */
    public StringProperty creativesProperty() {
        return creatives;
    }

    public ObjectProperty<CouponMode> couponModeProperty() {
        return couponMode;
    }

    /** The coupon's amount or percent, as its mode says. */
    public StringProperty couponValueProperty() {
        return couponValue;
    }

    /** The dynamic discount's levels in percent, separated by commas. */
    public StringProperty menuProperty() {
        return menu;
    }

    public StringProperty minMarginProperty() {
        return minMargin;
    }

    public StringProperty maxAverageProperty() {
        return maxAverage;
    }

    /** The response run of each menu level, separated by commas. */
    public StringProperty responseRunsProperty() {
        return responseRuns;
    }

    public StringProperty perGrantProperty() {
        return perGrant;
    }

    public StringProperty perClickProperty() {
        return perClick;
    }

    public StringProperty perConversionProperty() {
        return perConversion;
    }

    /** Eligibility conditions, one per line. */
    public StringProperty eligibilityProperty() {
        return eligibility;
    }
}
