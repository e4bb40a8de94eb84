package io.campaignlab.views.profiling.charts;

import io.campaignlab.views.common.Formats;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** Axis tick labels as the workbench writes counts: 950, 12.3k, 4.1M. Formatting only; it does not parse. */
final class CompactAxisFormat extends NumberFormat {

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Formats.compact(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Formats.compact(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
