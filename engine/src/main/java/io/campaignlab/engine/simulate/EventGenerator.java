package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Writes the {@code events} log, one user at a time.
 *
 * <p>Planted truth:
 * <ul>
 *   <li>Sessions per user ~ Poisson({@value #SESSIONS_PER_DAY} × activity × days); each starts at a random moment
 *       of the {@link DailyRhythm}.</li>
 *   <li>A session holds 1 + Geometric views (mean {@value #MEAN_VIEWS_PER_SESSION}), {@value #VIEW_GAP_SECONDS} s
 *       apart on average. It has a focus category picked by {@link ItemCatalog#pickCategory}; each view stays in it
 *       with probability {@value #STAY_IN_FOCUS}, otherwise picks afresh. Items within a category follow
 *       popularity.</li>
 *   <li>Funnel per view: click with p = {@value #CLICK_BASE} + {@value #CLICK_PER_AFFINITY} × the user's affinity
 *       for the category (≈ 25% overall); cart given click with p = {@value #CART_GIVEN_CLICK}; purchase given
 *       cart with p = {@value #PURCHASE_BASE} − {@value #PURCHASE_PRICE_PENALTY} × price_sensitivity × price
 *       level, where price level = ln(1 + price) / ln(1 + {@value #PRICE_LEVEL_TOP}) capped at 1 (≈ 42%
 *       overall).</li>
 *   <li>Events of a session are in time order; a session is cut at the end of the window.</li>
 * </ul>
 */
final class EventGenerator {

    static final double SESSIONS_PER_DAY = 0.2;
    static final double MEAN_VIEWS_PER_SESSION = 4.0;
    static final double VIEW_GAP_SECONDS = 45.0;
    static final double STAY_IN_FOCUS = 0.7;
    static final double CLICK_BASE = 0.14;
    static final double CLICK_PER_AFFINITY = 0.45;
    static final double CART_GIVEN_CLICK = 0.15;
    static final double PURCHASE_BASE = 0.55;
    static final double PURCHASE_PRICE_PENALTY = 0.45;
    static final double PRICE_LEVEL_TOP = 2_000.0;

    static final String VIEW = "view";
    static final String CLICK = "click";
    static final String CART = "cart";
    static final String PURCHASE = "purchase";

    private static final List<String> FOLLOW_UPS = List.of(CLICK, CART, PURCHASE);
    /** Seconds between a view and the click, cart and purchase that follow it. */
    private static final int FOLLOW_UP_SECONDS = 20;

    private final ItemCatalog catalog;
    private final DailyRhythm rhythm;
    private final int days;
    private final SplittableRandom rng;
    private long nextEventId = 1;
    private long nextSessionId = 1;

    EventGenerator(ItemCatalog catalog, DailyRhythm rhythm, int days, SplittableRandom rng) {
        this.catalog = catalog;
        this.rhythm = rhythm;
        this.days = days;
        this.rng = rng;
    }

    static List<ColumnMeta> columns() {
        return List.of(
                ColumnMeta.of("event_id", ColumnType.INTEGER, ColumnRole.FEATURE),
                SimColumns.USER_ID,
                ColumnMeta.of("session_id", ColumnType.INTEGER, ColumnRole.SESSION_ID),
                SimColumns.ITEM_ID,
                ColumnMeta.of("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                SimColumns.TS,
                SimColumns.PRICE,
                SimColumns.CATEGORY,
                SimColumns.DOMAIN);
    }

    /** Purchase probability once an item is in the cart. */
    static double purchaseProbability(double priceSensitivity, double price) {
        double priceLevel = Math.min(1.0, Math.log1p(price) / Math.log1p(PRICE_LEVEL_TOP));
        return PURCHASE_BASE - PURCHASE_PRICE_PENALTY * priceSensitivity * priceLevel;
    }

    void emit(SimUser user, Consumer<Object[]> out) {
        int sessions = Sampling.poisson(rng, SESSIONS_PER_DAY * user.activity() * days);
        for (int s = 0; s < sessions; s++) {
            emitSession(user, nextSessionId++, out);
        }
    }

    private void emitSession(SimUser user, long sessionId, Consumer<Object[]> out) {
        long time = rhythm.randomOffset(rng);
        int views = 1 + Sampling.geometric(rng, 1.0 / MEAN_VIEWS_PER_SESSION);
        int focus = catalog.pickCategory(user, rng);
        for (int v = 0; v < views && time < rhythm.windowSeconds(); v++) {
            int category = Sampling.bernoulli(rng, STAY_IN_FOCUS) ? focus : catalog.pickCategory(user, rng);
            int item = catalog.pickInCategory(category, rng);
            time = emitFunnel(user, sessionId, item, time, out);
            time += 1 + (long) (-VIEW_GAP_SECONDS * Math.log(1.0 - rng.nextDouble()));
        }
    }

    /** Writes a view and the click, cart and purchase that may follow it; returns the time of the last one. */
    private long emitFunnel(SimUser user, long sessionId, int item, long time, Consumer<Object[]> out) {
        out.accept(row(user, sessionId, item, VIEW, time));
        for (String step : FOLLOW_UPS) {
            double chance = switch (step) {
                case CLICK -> CLICK_BASE + CLICK_PER_AFFINITY * user.affinity(catalog.category(item));
                case CART -> CART_GIVEN_CLICK;
                default -> purchaseProbability(user.priceSensitivity(), catalog.price(item));
            };
            long next = time + 1 + rng.nextInt(FOLLOW_UP_SECONDS);
            if (!Sampling.bernoulli(rng, chance) || next >= rhythm.windowSeconds()) {
                break;
            }
            time = next;
            out.accept(row(user, sessionId, item, step, time));
        }
        return time;
    }

    private Object[] row(SimUser user, long sessionId, int item, String type, long time) {
        ProductCategory category = ProductCategory.of(catalog.category(item));
        return new Object[]{nextEventId++, user.id(), sessionId, catalog.itemId(item), type, rhythm.at(time),
                catalog.price(item), category.label(), category.domain().label()};
    }
}
