package io.campaignlab.engine.importing.excel;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes cell values the way the importer reads them, whatever the cell's display format: dates as ISO
 * ({@code 2024-03-01}, or {@code 2024-03-01 08:30:00} when the format shows a time), numbers in full without
 * grouping or currency ({@code 1234.5}, not {@code $1,234.50}). Text cells, numbers stored as text included, pass
 * through as written.
 */
final class ExcelValues extends DataFormatter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    ExcelValues() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return (showsTime(formatString) ? SECOND : DAY).format(time);
        }
        return NumberToTextConverter.toText(value);
    }

    private static boolean showsTime(String formatString) {
        String f = formatString == null ? "" : formatString.replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return f.indexOf('h') >= 0 || f.indexOf('H') >= 0 || f.indexOf('s') >= 0;
    }
}
