package io.campaignlab.engine.importing.excel;

import org.apache.poi.ss.util.CellRangeAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the top rows of a sheet with merged cells into one header line. A title row (one merged cell across the
 * table, or a lone value above a wider table) is dropped. A merged group header over a row of names
 * ({@code Money} over {@code amount | currency}) is joined with the names below it ({@code Money amount},
 * {@code Money currency}); any other merged header cell gives its name to every column it covers.
 */
final class MergedHeader {

    private MergedHeader() {
    }

    /** How many leading rows are titles, given the rows (cells by column) and the merged regions. */
    static int titleRows(List<List<String>> rows, List<CellRangeAddress> merges, int width) {
        int titles = 0;
        for (List<String> row : rows) {
            long filled = row.stream().filter(c -> !c.isBlank()).count();
            int rowIndex = titles;
            boolean spanning = merges.stream().anyMatch(m -> m.getFirstRow() == rowIndex
                    && m.getLastColumn() - m.getFirstColumn() + 1 >= Math.max(2, width / 2));
            if (width > 1 && filled <= 1 && (spanning || rowIndex + 1 < rows.size())) {
                titles++;
            } else {
                break;
            }
        }
        return titles;
    }

    /**
     * The header names: {@code header} with merged cells filled across, joined with {@code below} when the header
     * row is a row of merged group names over a row of names.
     *
     * @param headerRow the sheet row index of {@code header}
     * @param below     the next row, or null
     * @return the names, and whether {@code below} was used up as part of the header
     */
    static Result names(List<String> header, int headerRow, List<String> below, List<CellRangeAddress> merges) {
        List<String> names = new ArrayList<>(header);
        boolean grouped = false;
        for (CellRangeAddress m : merges) {
            if (m.getFirstRow() == headerRow && m.getLastColumn() > m.getFirstColumn()) {
                grouped = true;
                String name = m.getFirstColumn() < names.size() ? names.get(m.getFirstColumn()) : "";
                for (int c = m.getFirstColumn(); c <= m.getLastColumn() && c < names.size(); c++) {
                    names.set(c, name);
                }
            }
        }
        if (!grouped || below == null || below.stream().anyMatch(MergedHeader::numeric)) {
            return new Result(names, false);
        }
        List<String> joined = new ArrayList<>(names.size());
        for (int c = 0; c < names.size(); c++) {
            String top = names.get(c).trim();
            String sub = c < below.size() ? below.get(c).trim() : "";
            int column = c;
            boolean mergedDown = merges.stream().anyMatch(m -> m.getFirstRow() == headerRow
                    && m.getLastRow() > headerRow && m.isInRange(headerRow, column));
            joined.add(sub.isEmpty() || mergedDown ? top : top.isEmpty() ? sub : top + " " + sub);
        }
        return new Result(joined, true);
    }

    private static boolean numeric(String value) {
        try {
            Double.parseDouble(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Header names, and whether the row below the header was part of it. */
    record Result(List<String> names, boolean usedBelow) {
    }
}
