package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulator's {@code discount_test} alone, in memory, with its planted truth: the same users, catalog and
 * {@link DiscountTestGenerator} as a full simulation, for checks that need many users or seeds without the events
 * and impressions.
 *
 * @param frame     every column of the dataset but the timestamp, numbers and texts as written; row ids are the
 *                  user ids
 * @param truePBuy  by row, the planted P(buy) at each level of the menu 0/5/10/15/20 %
 * @param listPrice by row, the offered product's list price
 * @param unitCost  by row, its unit cost
 */
public record SimulatedDiscountTest(Frame frame, double[][] truePBuy, double[] listPrice, double[] unitCost) {

    /** The menu of the test, in percent. */
    public static final List<Integer> LEVELS_PCT = List.of(0, 5, 10, 15, 20);

    public static SimulatedDiscountTest draw(int users, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        List<SimUser> drawn = UserGenerator.generate(users, start, root.split());
        ItemCatalog catalog = ItemCatalog.generate(ItemCatalog.sizeFor(users), root.split());
        DiscountTestGenerator generator = new DiscountTestGenerator(catalog, new DailyRhythm(start, 30), root.split());
        List<Object[]> rows = new ArrayList<>(users);
        for (SimUser user : drawn) {
            rows.add(generator.row(user));
        }
        return of(rows);
    }

    /** From rows as {@link DiscountTestGenerator} writes them (the simulator's {@code discount_test}). */
    static SimulatedDiscountTest of(List<Object[]> rows) {
        List<ColumnMeta> columns = DiscountTestGenerator.columns();
        int n = rows.size();
        long[] ids = new long[n];
        for (int r = 0; r < n; r++) {
            ids[r] = (Long) rows.get(r)[0];
        }
        List<FrameColumn> frameColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ColumnMeta meta = columns.get(c);
            switch (meta.type()) {
                case CATEGORY -> {
                    String[] texts = new String[n];
                    for (int r = 0; r < n; r++) {
                        texts[r] = (String) rows.get(r)[c];
                    }
                    frameColumns.add(new FrameColumn.Texts(meta.name(), texts));
                }
                case INTEGER, DECIMAL -> {
                    double[] numbers = new double[n];
                    for (int r = 0; r < n; r++) {
                        numbers[r] = ((Number) rows.get(r)[c]).doubleValue();
                    }
                    frameColumns.add(new FrameColumn.Numbers(meta.name(), numbers));
                }
                default -> { }
            }
        }
        Frame frame = Frame.of("discount_test", ids, frameColumns);
        double[][] truth = new double[n][LEVELS_PCT.size()];
        for (int k = 0; k < LEVELS_PCT.size(); k++) {
            double[] column = frame.numbers("true_p_buy_" + LEVELS_PCT.get(k));
            for (int r = 0; r < n; r++) {
                truth[r][k] = column[r];
            }
        }
        return new SimulatedDiscountTest(frame, truth, frame.numbers("list_price"), frame.numbers("unit_cost"));
    }
}
