package io.campaignlab.engine.segments.customers;

import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense indices for the values of an id column: {@code index[row]} is the value's index in {@link #names}, or −1
 * when missing (NaN, null or blank). Numbers are indexed in ascending order and named without a fraction when whole
 * ({@code 17850}, not {@code 17850.0}); text in order of first appearance.
 */
final class Keys {

    final int[] index;
    final String[] names;

    private Keys(int[] index, String[] names) {
        this.index = index;
        this.names = names;
    }

    int size() {
        return names.length;
    }

    static Keys of(FrameColumn column) {
        if (column instanceof FrameColumn.Numbers numbers) {
            return ofNumbers(numbers.values());
        }
        if (column instanceof FrameColumn.Texts texts) {
            return ofTexts(texts.values());
        }
        throw new IllegalArgumentException("column '" + column.name() + "' holds times, not ids");
    }

    static Keys ofNumbers(double[] values) {
        double[] distinct = new double[values.length];
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                distinct[count++] = v;
            }
        }
        Arrays.sort(distinct, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || Double.compare(distinct[i], distinct[unique - 1]) != 0) {
                distinct[unique++] = distinct[i];
            }
        }
        int[] index = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            index[i] = Double.isNaN(values[i]) ? -1 : Arrays.binarySearch(distinct, 0, unique, values[i]);
        }
        String[] names = new String[unique];
        for (int i = 0; i < unique; i++) {
            names[i] = name(distinct[i]);
        }
        return new Keys(index, names);
    }

    static Keys ofTexts(String[] values) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[] index = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? null : values[i].strip();
            if (v == null || v.isEmpty()) {
                index[i] = -1;
                continue;
            }
            Integer id = ids.get(v);
            if (id == null) {
                id = names.size();
                ids.put(v, id);
                names.add(v);
            }
            index[i] = id;
        }
        return new Keys(index, names.toArray(new String[0]));
    }

    static String name(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
