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

    /**
     * The offer's fields: name and kind; a recommender or CTR run, slots and creatives; a coupon's mode and value; a
     * dynamic discount's menu (percent levels by commas), minimum margin, average cap and response runs (one per
     * level, by commas); the cost per grant, click and conversion; eligibility conditions, one per line.
     */
    public record Fields(StringProperty name, ObjectProperty<Offer.Kind> kind, StringProperty run, StringProperty slots,
                         StringProperty creatives, ObjectProperty<CouponMode> couponMode, StringProperty couponValue,
                         StringProperty menu, StringProperty minMargin, StringProperty maxAverage,
                         StringProperty responseRuns, StringProperty perGrant, StringProperty perClick,
                         StringProperty perConversion, StringProperty eligibility) {

        Fields() {
            this(text(), new SimpleObjectProperty<>(Offer.Kind.COUPON), text(), text(), text(),
                    new SimpleObjectProperty<>(CouponMode.PERCENT), text(), text(), text(), text(), text(), text(),
                    text(), text(), text());
        }

        private static StringProperty text() {
            return new SimpleStringProperty("");
        }

        /** Everything an edit changes. */
        Observable[] all() {
            return new Observable[]{name, kind, run, slots, creatives, couponMode, couponValue, menu, minMargin,
                    maxAverage, responseRuns, perGrant, perClick, perConversion, eligibility};
        }
    }

    private final Fields fields = new Fields();
    private CostModel loadedCost;

    /** An offer's fields. */
    static OfferForm of(Offer o) {
        OfferForm f = new OfferForm();
        f.fields.name().set(o.name() == null ? "" : o.name());
        f.fields.kind().set(o.kind());
        f.fields.run().set(FieldText.number(o.run()));
        f.fields.slots().set(FieldText.number(o.slots()));
        f.fields.creatives().set(String.join(", ", o.creatives()));
        f.fields.couponMode().set(o.amount() != null ? CouponMode.AMOUNT : CouponMode.PERCENT);
        f.fields.couponValue().set(FieldText.number(o.amount() != null ? o.amount() : o.percent()));
        f.fields.menu().set(FieldText.list(o.discountMenu()));
        f.fields.minMargin().set(FieldText.number(o.minMargin()));
        f.fields.maxAverage().set(FieldText.number(o.maxAverageDiscount()));
        f.fields.responseRuns().set(FieldText.list(o.responseRuns()));
        CostModel cost = o.cost();
        f.loadedCost = cost;
        f.fields.perGrant().set(FieldText.number(cost == null ? null : cost.perGrant()));
        f.fields.perClick().set(FieldText.number(cost == null ? null : cost.perClick()));
        f.fields.perConversion().set(FieldText.number(cost == null ? null : cost.perConversion()));
        f.fields.eligibility().set(String.join("\n", o.eligibility()));
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
        Offer.Kind k = fields.kind().get();
        boolean rec = k == Offer.Kind.RECOMMENDATION;
        boolean ad = k == Offer.Kind.AD;
        boolean coupon = k == Offer.Kind.COUPON;
        boolean discount = k == Offer.Kind.DYNAMIC_DISCOUNT;
        Long runId = rec || ad ? FieldText.whole(fields.run().get(), at + ".run", out) : null;
        Integer slotCount = rec ? FieldText.count(fields.slots().get(), at + ".slots", out) : null;
        List<String> creativeIds = ad ? FieldText.parts(fields.creatives().get()) : null;
        String valuePath = at + (fields.couponMode().get() == CouponMode.AMOUNT ? ".amount" : ".percent");
        Double value = coupon ? FieldText.decimal(fields.couponValue().get(), valuePath, out) : null;
        Double amount = fields.couponMode().get() == CouponMode.AMOUNT ? value : null;
        Double percent = fields.couponMode().get() == CouponMode.AMOUNT ? null : value;
        List<Double> levels = discount ? FieldText.decimals(fields.menu().get(), at + ".discount_menu", out) : null;
        Double margin = discount ? FieldText.decimal(fields.minMargin().get(), at + ".min_margin", out) : null;
        Double cap = discount ? FieldText.decimal(fields.maxAverage().get(), at + ".max_average_discount", out) : null;
        List<Long> responses = discount ? FieldText.wholes(fields.responseRuns().get(), at + ".response_runs", out) : null;
        return new Offer(FieldText.orNull(fields.name().get()), k, runId, slotCount, creativeIds, amount, percent, levels,
                margin, cap, responses, cost(at, out), FieldText.lines(fields.eligibility().get()));
    }

    private CostModel cost(String at, List<FieldProblem> out) {
        CostModel cost = new CostModel(FieldText.decimal(fields.perGrant().get(), at + ".cost.per_grant", out),
                FieldText.decimal(fields.perClick().get(), at + ".cost.per_click", out),
                FieldText.decimal(fields.perConversion().get(), at + ".cost.per_conversion", out));
        boolean empty = cost.perGrant() == null && cost.perClick() == null && cost.perConversion() == null;
        return empty ? (cost.equals(loadedCost) ? loadedCost : null) : cost;
    }

    /** The offer in a few words, for the offers table. */
    String summary() {
        Offer.Kind k = fields.kind().get();
        if (k == null) {
            return "";
        }
        return switch (k) {
            case COUPON -> fields.couponValue().get().isBlank() ? "coupon" : fields.couponMode().get() == CouponMode.AMOUNT
                    ? fields.couponValue().get().strip() + " off" : fields.couponValue().get().strip() + " % off";
            case DYNAMIC_DISCOUNT -> "menu " + fields.menu().get() + " %" + (fields.minMargin().get().isBlank() ? ""
                    : " · min margin " + fields.minMargin().get().strip());
            case RECOMMENDATION -> fields.slots().get().strip() + " slots from run " + fields.run().get().strip();
            case AD -> FieldText.parts(fields.creatives().get()).size() + " creatives ranked by run " + fields.run().get().strip();
        };
    }

    /** The kind as the file writes it. */
    String kindText() {
        return fields.kind().get() == null ? "" : fields.kind().get().id().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** Everything an edit changes. */
    Observable[] observables() {
        return fields.all();
    }

    public Fields fields() {
        return fields;
    }
}
