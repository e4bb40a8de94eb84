package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The product catalog and how shoppers pick from it; writes the {@code items} table.
 *
 * <p>Planted truth:
 * <ul>
 *   <li>Size: max(50, users / 10) items, ids 1..n. The first eight items cover the eight categories once; the rest
 *       draw their category from {@link ProductCategory#catalogShare()}.</li>
 *   <li>{@code popularity} (ground truth) = rank<sup>−1.1</sup>, where the ranks 1..n are a random permutation
 *       (rank 1 is the best seller, popularity 1.0). Items are picked with probability proportional to it.</li>
 *   <li>Brand is uniform among the category's five brands; price = .99-rounded median price of the category ×
 *       BRAND_PRICE_FACTOR[brand position] × LogNormal(0, 0.35).</li>
 *   <li>A shopper's pick: with probability {@value #POPULARITY_ONLY_SHARE} an item from the whole catalog by
 *       popularity; otherwise a category from the shopper's affinity, then an item of it by popularity.</li>
 * </ul>
 */
final class ItemCatalog {

    static final double ZIPF_EXPONENT = 1.1;
    static final double POPULARITY_ONLY_SHARE = 0.2;
    static final int MIN_ITEMS = 50;
    static final int USERS_PER_ITEM = 10;
    /** Price multiplier of each brand position, premium first. */
    static final double[] BRAND_PRICE_FACTOR = {1.8, 1.3, 1.0, 0.8, 0.6};
    static final double PRICE_SIGMA = 0.35;

    private static final double[] CATEGORY_CUMULATIVE;

    static {
        double[] shares = new double[ProductCategory.count()];
        for (int c = 0; c < shares.length; c++) {
            shares[c] = ProductCategory.of(c).catalogShare();
        }
        CATEGORY_CUMULATIVE = Sampling.cumulative(shares);
    }

    private final int[] category;
    private final int[] brand;
    private final double[] price;
    private final int[] rank;
    private final double[] popularityCumulative;
    private final int[][] itemsByCategory;
    private final double[][] popularityCumulativeByCategory;

    private ItemCatalog(int[] category, int[] brand, double[] price, int[] rank) {
        this.category = category;
        this.brand = brand;
        this.price = price;
        this.rank = rank;
        int size = category.length;
        double[] popularity = new double[size];
        int[] perCategory = new int[ProductCategory.count()];
        for (int i = 0; i < size; i++) {
            popularity[i] = popularity(i);
            perCategory[category[i]]++;
        }
        this.popularityCumulative = Sampling.cumulative(popularity);
        this.itemsByCategory = new int[perCategory.length][];
        this.popularityCumulativeByCategory = new double[perCategory.length][];
        for (int c = 0; c < perCategory.length; c++) {
            int[] items = new int[perCategory[c]];
            double[] weights = new double[perCategory[c]];
            int next = 0;
            for (int i = 0; i < size; i++) {
                if (category[i] == c) {
                    items[next] = i;
                    weights[next] = popularity[i];
                    next++;
                }
            }
            itemsByCategory[c] = items;
            popularityCumulativeByCategory[c] = Sampling.cumulative(weights);
        }
    }

    static int sizeFor(int users) {
        return Math.max(MIN_ITEMS, users / USERS_PER_ITEM);
    }

    static ItemCatalog generate(int size, SplittableRandom rng) {
        int[] category = new int[size];
        int[] brand = new int[size];
        double[] price = new double[size];
        for (int i = 0; i < size; i++) {
            category[i] = i < ProductCategory.count() ? i : Sampling.pick(rng, CATEGORY_CUMULATIVE);
            ProductCategory cat = ProductCategory.of(category[i]);
            brand[i] = rng.nextInt(cat.brands().size());
            price[i] = Sampling.retailPrice(cat.medianPrice() * BRAND_PRICE_FACTOR[brand[i]]
                    * Sampling.logNormal(rng, 1.0, PRICE_SIGMA));
        }
        int[] rank = new int[size];
        for (int i = 0; i < size; i++) {
            rank[i] = i + 1;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = rank[i];
            rank[i] = rank[j];
            rank[j] = swap;
        }
        return new ItemCatalog(category, brand, price, rank);
    }

    static List<ColumnMeta> columns() {
        return List.of(
                SimColumns.ITEM_ID,
                SimColumns.CATEGORY,
                SimColumns.BRAND,
                SimColumns.PRICE,
                SimColumns.DOMAIN,
                ColumnMeta.groundTruth("popularity", ColumnType.DECIMAL),
                ColumnMeta.of("name", ColumnType.TEXT, ColumnRole.IGNORE));
    }

    Object[] row(int item) {
        ProductCategory cat = ProductCategory.of(category[item]);
        return new Object[]{itemId(item), cat.label(), brandName(item), price[item], cat.domain().label(),
                popularity(item), name(item)};
    }

    /** A display name, {@code <brand> <category> #<item id>}: the simulator has no product titles to draw on. */
    String name(int item) {
        return brandName(item) + " " + ProductCategory.of(category[item]).label() + " #" + itemId(item);
    }

    int size() {
        return category.length;
    }

    long itemId(int item) {
        return item + 1L;
    }

    int category(int item) {
        return category[item];
    }

    String brandName(int item) {
        return ProductCategory.of(category[item]).brands().get(brand[item]);
    }

    double price(int item) {
        return price[item];
    }

    /** The item's power-law weight, rank<sup>−1.1</sup>. */
    double popularity(int item) {
        return Math.pow(rank[item], -ZIPF_EXPONENT);
    }

    /** Where the item sits between the least popular (0) and the best seller (1): 1 − ln(rank) / ln(n). */
    double popularityScore(int item) {
        return 1.0 - Math.log(rank[item]) / Math.log(size());
    }

    /** A category for this shopper: from the whole catalog by popularity, or from the shopper's affinity. */
    int pickCategory(SimUser user, SplittableRandom rng) {
        if (Sampling.bernoulli(rng, POPULARITY_ONLY_SHARE)) {
            return category[Sampling.pick(rng, popularityCumulative)];
        }
        return Sampling.pick(rng, user.affinityCumulative());
    }

    /** An item of the category, by popularity. */
    int pickInCategory(int categoryIndex, SplittableRandom rng) {
        return itemsByCategory[categoryIndex][Sampling.pick(rng, popularityCumulativeByCategory[categoryIndex])];
    }

    /** An item for this shopper: a category from {@link #pickCategory}, then an item of it by popularity. */
    int pickFor(SimUser user, SplittableRandom rng) {
        return pickInCategory(pickCategory(user, rng), rng);
    }
}
