package io.campaignlab.engine.profiling;

import org.apache.datasketches.hll.HllSketch;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts distinct values in one pass and bounded memory: exactly (over 64-bit hashes, where a collision is
 * vanishingly rare) up to {@code exactLimit} values, then with a HyperLogLog sketch (about 0.8% standard error).
 */
public final class DistinctCounter {

    public static final int DEFAULT_EXACT_LIMIT = 100_000;
    private static final int LG_K = 14;

    private final int exactLimit;
    private Set<Long> exact = new HashSet<>();
    private final HllSketch sketch = new HllSketch(LG_K);

    public DistinctCounter() {
        this(DEFAULT_EXACT_LIMIT);
    }

    public DistinctCounter(int exactLimit) {
        this.exactLimit = exactLimit;
    }

    public void add(String value) {
        add(hash(value));
    }

    public void add(long hash) {
        sketch.update(hash);
        if (exact != null && exact.add(hash) && exact.size() > exactLimit) {
            exact = null;
        }
    }

    public boolean isExact() {
        return exact != null;
    }

    public long count() {
        return exact != null ? exact.size() : Math.round(sketch.getEstimate());
    }

    /** A 64-bit hash of a string (FNV-1a over its chars, then a murmur finaliser for good bit spread). */
    public static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The murmur3 64-bit finaliser: spreads the bits of a value (a number's own bits, say) over the whole hash. */
    public static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
