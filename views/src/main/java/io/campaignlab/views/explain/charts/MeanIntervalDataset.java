package io.campaignlab.views.explain.charts;

import org.jfree.data.UnknownKeyException;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.general.AbstractDataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of categories, each with a value and an interval around it: a mean AUC drop with its 95% interval, or a
 * waterfall step from its start to its end. {@link #getValue} is the value; {@link #getStartValue} and
 * {@link #getEndValue} the interval's ends.
 */
public final class MeanIntervalDataset extends AbstractDataset implements IntervalCategoryDataset {

    private final String series;
    private final List<String> keys = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();

    public MeanIntervalDataset(String series) {
        this.series = series;
    }

    /** Adds a category, below the ones added before. */
    public MeanIntervalDataset add(String key, double value, double start, double end) {
        if (keys.contains(key)) {
            throw new IllegalArgumentException("duplicate category " + key);
        }
        keys.add(key);
        values.add(new double[]{value, start, end});
        return this;
    }

    public double value(int column) {
        return values.get(column)[0];
    }

    public double start(int column) {
        return values.get(column)[1];
    }

    public double end(int column) {
        return values.get(column)[2];
    }

    @Override
    public Number getStartValue(int series, int category) {
        return nan(start(category));
    }

    @Override
    public Number getStartValue(Comparable series, Comparable category) {
        return getStartValue(getRowIndex(series), column(category));
    }

    @Override
    public Number getEndValue(int series, int category) {
        return nan(end(category));
    }

    @Override
    public Number getEndValue(Comparable series, Comparable category) {
        return getEndValue(getRowIndex(series), column(category));
    }

    @Override
    public Number getValue(int row, int column) {
        return nan(value(column));
    }

    @Override
    public Number getValue(Comparable rowKey, Comparable columnKey) {
        return getValue(getRowIndex(rowKey), column(columnKey));
    }

    @Override
    public Comparable getRowKey(int row) {
        return series;
    }

    @Override
    public int getRowIndex(Comparable key) {
        return series.equals(key) ? 0 : -1;
    }

    @Override
    public List getRowKeys() {
        return List.of(series);
    }

    @Override
    public Comparable getColumnKey(int column) {
        return keys.get(column);
    }

    @Override
    public int getColumnIndex(Comparable key) {
        return keys.indexOf(key);
    }

    @Override
    public List getColumnKeys() {
        return Collections.unmodifiableList(keys);
    }

    /** The categories, in order. */
    public List<String> keys() {
        return Collections.unmodifiableList(keys);
    }

    @Override
    public int getRowCount() {
        return 1;
    }

    @Override
    public int getColumnCount() {
        return keys.size();
    }

    private int column(Comparable key) {
        int index = keys.indexOf(key);
        if (index < 0) {
            throw new UnknownKeyException("no category " + key);
        }
        return index;
    }

    private static Number nan(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
