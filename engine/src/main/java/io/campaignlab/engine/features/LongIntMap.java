package io.campaignlab.engine.features;

/**
 * An open-addressing hash map from {@code long} keys to {@code int} values, without boxing. Used to give ids dense
 * indices and to count per (user, category) pairs.
 */
final class LongIntMap {

    private static final long FREE = 0L;
    private static final float LOAD = 0.5f;

    private long[] keys;
    private int[] values;
    private int mask;
    private int size;
    private int threshold;
    /** The key {@link #FREE} is kept aside, since it marks free slots. */
    private boolean hasFreeKey;
    private int freeKeyValue;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 30, (long) (expected / LOAD) + 1)) - 1) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        threshold = (int) (capacity * LOAD);
    }

    int size() {
        return size;
    }

    /** The value stored for the key, or {@code missing}. */
    int get(long key, int missing) {
        if (key == FREE) {
            return hasFreeKey ? freeKeyValue : missing;
        }
        int slot = slot(key);
        long k;
        while ((k = keys[slot]) != FREE) {
            if (k == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return missing;
    }

    /** The key's dense index: its existing value, or {@link #size()} stored as its value when new. */
    int intern(long key) {
        if (key == FREE) {
            if (!hasFreeKey) {
                hasFreeKey = true;
                freeKeyValue = size++;
            }
            return freeKeyValue;
        }
        int slot = slot(key);
        long k;
        while ((k = keys[slot]) != FREE) {
            if (k == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        int index = size;
        insertAt(slot, key, index);
        return index;
    }

    /** Adds {@code delta} to the key's value (0 when absent) and returns the new value. */
    int addTo(long key, int delta) {
        if (key == FREE) {
            if (!hasFreeKey) {
                hasFreeKey = true;
                freeKeyValue = 0;
                size++;
            }
            return freeKeyValue += delta;
        }
        int slot = slot(key);
        long k;
        while ((k = keys[slot]) != FREE) {
            if (k == key) {
                return values[slot] += delta;
            }
            slot = (slot + 1) & mask;
        }
        insertAt(slot, key, delta);
        return delta;
    }

    private void insertAt(int slot, long key, int value) {
        keys[slot] = key;
        values[slot] = value;
        size++;
        if (size - (hasFreeKey ? 1 : 0) > threshold) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length << 1);
        for (int i = 0; i < oldKeys.length; i++) {
            long key = oldKeys[i];
            if (key != FREE) {
                int slot = slot(key);
                while (keys[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = oldValues[i];
            }
        }
    }

    private int slot(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }

    @Override
    public String toString() {
        return "LongIntMap[size=" + size + ", capacity=" + keys.length + "]";
    }
}
