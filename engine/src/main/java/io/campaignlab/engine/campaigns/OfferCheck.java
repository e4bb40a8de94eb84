package io.campaignlab.engine.campaigns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static io.campaignlab.engine.campaigns.FileTypes.number;

/** Checks a campaign's offers: names, the fields each kind takes, amounts, percentages, menus and rules. */
final class OfferCheck {

    /** The largest discount a coupon or a menu level may give, in percent. */
    static final double MAX_PERCENT = 90;
    /** The most slots a recommendation offer fills. */
    static final int MAX_SLOTS = 50;

    /** Fields that belong to some kinds only, with the kinds that take them. */
    private static final List<KindField> FIELDS = List.of(
            new KindField("run", Offer::run, Set.of(Offer.Kind.RECOMMENDATION, Offer.Kind.AD)),
            new KindField("slots", Offer::slots, Set.of(Offer.Kind.RECOMMENDATION)),
            new KindField("creatives", o -> o.creatives().isEmpty() ? null : o.creatives(), Set.of(Offer.Kind.AD)),
            new KindField("amount", Offer::amount, Set.of(Offer.Kind.COUPON)),
            new KindField("percent", Offer::percent, Set.of(Offer.Kind.COUPON)),
            new KindField("discount_menu", o -> o.discountMenu().isEmpty() ? null : o.discountMenu(),
                    Set.of(Offer.Kind.DYNAMIC_DISCOUNT)),
            new KindField("min_margin", Offer::minMargin, Set.of(Offer.Kind.DYNAMIC_DISCOUNT)),
            new KindField("max_average_discount", Offer::maxAverageDiscount, Set.of(Offer.Kind.DYNAMIC_DISCOUNT)),
            new KindField("response_runs", o -> o.responseRuns().isEmpty() ? null : o.responseRuns(),
                    Set.of(Offer.Kind.DYNAMIC_DISCOUNT)));

    private OfferCheck() {
    }

    static void offers(List<Offer> offers, List<FieldProblem> out) {
        if (offers.isEmpty()) {
            out.add(new FieldProblem("offers", "give at least one offer"));
            return;
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < offers.size(); i++) {
            String at = "offers[" + i + "]";
            Offer o = offers.get(i);
            if (o == null) {
                out.add(new FieldProblem(at, "an offer is an object with at least a name and a kind"));
                continue;
            }
            if (o.name() == null || o.name().isBlank()) {
                out.add(new FieldProblem(at + ".name", "give the offer a name"));
            } else if (names.containsKey(o.name())) {
                out.add(new FieldProblem(at + ".name", "'" + o.name() + "' is also the name of offers["
                        + names.get(o.name()) + "]"));
            } else {
                names.put(o.name(), i);
            }
            offer(o, at, out);
        }
    }

    private static void offer(Offer o, String at, List<FieldProblem> out) {
        if (o.kind() == null) {
            out.add(new FieldProblem(at + ".kind", "give one of recommendation, ad, coupon, dynamic_discount"));
        } else {
            for (KindField f : FIELDS) {
                if (f.value.apply(o) != null && !f.kinds.contains(o.kind())) {
                    out.add(new FieldProblem(at + "." + f.name, "a " + o.kind().id() + " offer has no " + f.name
                            + " (only " + f.kinds.stream().map(Offer.Kind::id).sorted()
                            .reduce((x, y) -> x + " and " + y).orElseThrow() + " offers do)"));
                }
            }
            switch (o.kind()) {
                case RECOMMENDATION -> recommendation(o, at, out);
                case AD -> ad(o, at, out);
                case COUPON -> coupon(o, at, out);
                default -> discount(o, at, out);
            }
        }
        if (o.cost() != null) {
            money(o.cost().perGrant(), at + ".cost.per_grant", out);
            money(o.cost().perClick(), at + ".cost.per_click", out);
            money(o.cost().perConversion(), at + ".cost.per_conversion", out);
        }
        for (int k = 0; k < o.eligibility().size(); k++) {
            String condition = o.eligibility().get(k);
            try {
                AudienceRules.condition(condition == null ? "" : condition);
            } catch (IllegalArgumentException e) {
                out.add(new FieldProblem(at + ".eligibility[" + k + "]", e.getMessage()));
            }
        }
    }

    private static void recommendation(Offer o, String at, List<FieldProblem> out) {
        run(o.run(), at, "the recommender run that fills its slots", out);
        if (o.slots() == null) {
            out.add(new FieldProblem(at + ".slots", "give how many items it shows, 1 to " + MAX_SLOTS));
        } else if (o.slots() < 1 || o.slots() > MAX_SLOTS) {
            out.add(new FieldProblem(at + ".slots", o.slots() + " is not a number of slots between 1 and "
                    + MAX_SLOTS));
        }
    }

    private static void ad(Offer o, String at, List<FieldProblem> out) {
        run(o.run(), at, "the CTR run that ranks its creatives", out);
        if (o.creatives().isEmpty()) {
            out.add(new FieldProblem(at + ".creatives", "give the ids of the ads or banners to rank"));
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < o.creatives().size(); k++) {
            String c = o.creatives().get(k);
            if (c == null || c.isBlank()) {
                out.add(new FieldProblem(at + ".creatives[" + k + "]", "give an ad or banner id"));
            } else if (!seen.add(c)) {
                out.add(new FieldProblem(at + ".creatives[" + k + "]", "'" + c + "' is listed twice"));
            }
        }
    }

    private static void coupon(Offer o, String at, List<FieldProblem> out) {
        if (o.amount() != null && o.percent() != null) {
            out.add(new FieldProblem(at, "a coupon gives an amount or a percent off, not both"));
        } else if (o.amount() == null && o.percent() == null) {
            out.add(new FieldProblem(at, "a coupon needs an amount (money off the order) or a percent (off the"
                    + " order)"));
        } else if (o.amount() != null && !(o.amount() > 0 && Double.isFinite(o.amount()))) {
            out.add(new FieldProblem(at + ".amount", number(o.amount()) + " is not a positive amount of money"));
        } else if (o.percent() != null && !(o.percent() > 0 && o.percent() <= MAX_PERCENT)) {
            out.add(new FieldProblem(at + ".percent", number(o.percent()) + " is not a percentage above 0 and at"
                    + " most " + number(MAX_PERCENT)));
        }
    }

    private static void discount(Offer o, String at, List<FieldProblem> out) {
        List<Double> menu = o.discountMenu();
        if (menu.size() < 2) {
            out.add(new FieldProblem(at + ".discount_menu", "give at least two discount levels in percent, e.g."
                    + " [0, 5, 10, 15, 20]"));
        }
        Set<Double> seen = new HashSet<>();
        List<Double> valid = new ArrayList<>();
        for (int k = 0; k < menu.size(); k++) {
            Double level = menu.get(k);
            String path = at + ".discount_menu[" + k + "]";
            if (level == null || !(level >= 0 && level <= MAX_PERCENT)) {
                out.add(new FieldProblem(path, number(level) + " is not a percentage between 0 and "
                        + number(MAX_PERCENT)));
            } else if (!seen.add(level)) {
                out.add(new FieldProblem(path, number(level) + " is listed twice"));
            } else {
                valid.add(level);
            }
        }
        money(o.minMargin(), at + ".min_margin", out);
        Double cap = o.maxAverageDiscount();
        if (cap != null && !(cap >= 0 && cap <= MAX_PERCENT)) {
            out.add(new FieldProblem(at + ".max_average_discount", number(cap) + " is not a percentage between 0"
                    + " and " + number(MAX_PERCENT)));
        } else if (cap != null && !valid.isEmpty() && cap < valid.stream().min(Double::compare).orElseThrow()) {
            out.add(new FieldProblem(at + ".max_average_discount", number(cap) + " is below the menu's smallest"
                    + " level, " + number(valid.stream().min(Double::compare).orElseThrow()) + ", so no choice can"
                    + " keep to it"));
        }
        if (!o.responseRuns().isEmpty() && o.responseRuns().size() != menu.size()) {
            out.add(new FieldProblem(at + ".response_runs", o.responseRuns().size() + " runs for " + menu.size()
                    + " menu levels; give one response run per level, in the menu's order"));
        }
        for (int k = 0; k < o.responseRuns().size(); k++) {
            Long run = o.responseRuns().get(k);
            if (run == null || run < 1) {
                out.add(new FieldProblem(at + ".response_runs[" + k + "]", run + " is not a run id (ids are"
                        + " positive; campaign-lab runs lists them)"));
            }
        }
    }

    private static void run(Long run, String at, String what, List<FieldProblem> out) {
        if (run == null) {
            out.add(new FieldProblem(at + ".run", "give " + what));
        } else if (run < 1) {
            out.add(new FieldProblem(at + ".run", run + " is not a run id (ids are positive; campaign-lab runs"
                    + " lists them)"));
        }
    }

    private static void money(Double value, String path, List<FieldProblem> out) {
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            out.add(new FieldProblem(path, number(value) + " is not an amount of money of 0 or more"));
        }
    }

    /** A field only some kinds take. */
    private record KindField(String name, Function<Offer, Object> value, Set<Offer.Kind> kinds) {
    }
}
