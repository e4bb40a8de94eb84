package io.campaignlab.engine.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grid a search draws from: one {@link Dimension} per setting, in a fixed order.
 *
 * @param dimensions the settings that vary; a setting the user fixed is not among them
 */
public record SearchSpace(List<Dimension> dimensions) {

    public SearchSpace {
        dimensions = List.copyOf(dimensions);
        if (dimensions.stream().map(Dimension::name).distinct().count() != dimensions.size()) {
            throw new IllegalArgumentException("a setting appears twice in the search space");
        }
    }

    public static SearchSpace of(Dimension... dimensions) {
        return new SearchSpace(List.of(dimensions));
    }

    /** This space without the named settings: the ones the user fixed with an explicit flag. */
    public SearchSpace without(Set<String> fixed) {
        List<Dimension> kept = new ArrayList<>();
        for (Dimension d : dimensions) {
            if (!fixed.contains(d.name())) {
                kept.add(d);
            }
        }
        return new SearchSpace(kept);
    }

    /** How many grid points there are (saturating at {@link Long#MAX_VALUE}). */
    public long size() {
        long size = 1;
        for (Dimension d : dimensions) {
            size = Math.multiplyExact(size, (long) d.values().size());
        }
        return size;
    }

    /** The grid point at a mixed-radix index; index 0 is the defaults. */
    public Map<String, Object> point(long index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("grid point " + index + " of " + size());
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        long rest = index;
        for (Dimension d : dimensions) {
            int radix = d.values().size();
            settings.put(d.name(), d.values().get((int) (rest % radix)));
            rest /= radix;
        }
        return settings;
    }

    public Map<String, Object> defaults() {
        return point(0);
    }
}
