package io.campaignlab.engine.segments.customers;

import java.util.List;

/**
 * The category of every purchase line kept, for category profiles. Arrays are aligned by purchase line.
 *
 * @param categories the category names; lines without one are under {@value #NONE}
 * @param customer   each line's customer (an index into the {@link CustomerTable})
 * @param category   each line's category (an index into {@code categories})
 */
public record CategoryPurchases(List<String> categories, int[] customer, int[] category) {

    public static final String NONE = "(none)";

    public CategoryPurchases {
        categories = List.copyOf(categories);
        if (customer.length != category.length) {
            throw new IllegalArgumentException("customer and category arrays differ in length");
        }
    }

    public int lines() {
        return customer.length;
    }
}
