package io.campaignlab.engine.importing;

import io.campaignlab.engine.importing.csv.SampleRecord;
import io.campaignlab.engine.importing.csv.SniffResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warnings about how a file was read that do not stop the import but likely mean it was read wrong: a single column
 * whose values hold spaces, commas, semicolons, tabs or pipes was probably meant as several columns.
 */
public final class ReadWarnings {

    /** A one-column read is suspicious when at least this share of its sample values holds a separator. */
    static final double SUSPICIOUS_SHARE = 0.5;
    private static final String SEPARATORS = " \t,;|";

    private ReadWarnings() {
    }

    /**
     * The warnings for a sniffed file, in words for people; empty when nothing looks wrong.
     *
     * @param sheet true for a sheet of a workbook: there cells hold the columns, a space in a cell is just text, and
     *              only values joined by commas, semicolons, tabs or pipes (pasted delimited text) are suspicious
     */
    public static List<String> of(SniffResult sniff, boolean sheet) {
        String separators = sheet ? SEPARATORS.substring(1) : SEPARATORS;
        List<String> warnings = new ArrayList<>();
        if (sniff.headers().size() == 1) {
            long checked = 0;
            long split = 0;
            String example = null;
            for (SampleRecord record : sniff.sample()) {
                String value = record.fields().isEmpty() ? "" : record.fields().get(0).trim();
                if (value.isEmpty()) {
                    continue;
                }
                checked++;
                if (value.chars().anyMatch(c -> separators.indexOf(c) >= 0)) {
                    split++;
                    example = example == null ? value : example;
                }
            }
            if (checked > 0 && split >= SUSPICIOUS_SHARE * checked) {
                String shown = example.length() <= 40 ? example : example.substring(0, 37) + "...";
                warnings.add(sheet
                        ? String.format(Locale.ROOT, "the sheet has one column, but %,d of %,d sample values hold"
                        + " separators (such as '%s'): it probably holds delimited text pasted into one column;"
                        + " split it into columns in the workbook, or save it as text and import that", split,
                        checked, shown)
                        : String.format(Locale.ROOT, "the file was read as one column, but %,d of %,d sample"
                        + " values hold spaces or separators (such as '%s'): it probably has several columns;"
                        + " choose the delimiter", split, checked, shown));
            }
        }
        return warnings;
    }
}
