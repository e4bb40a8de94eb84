package io.campaignlab.engine.importing.excel;

import io.campaignlab.engine.importing.ImportException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code .xlsx} workbooks sheet by sheet with POI's streaming (SAX) reader, and writes a sheet as a UTF-8 CSV
 * file with one line per sheet row, so that line numbers in rejections are the sheet's row numbers (after any title
 * rows, which stay as blank lines). Merged header cells are resolved by {@link MergedHeader}.
 */
public final class XlsxSheets {

    private static final int HEADER_ROWS_LOOKED_AT = 4;
    private static final Map<String, Path> CSV_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private XlsxSheets() {
    }

    /** True when the file is an Excel 2007+ workbook: a zip archive named {@code .xlsx} or {@code .xlsm}. */
    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".xlsx") || name.endsWith(".xlsm")) || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The sheet as a CSV file in a temporary folder (deleted when the program exits), written once per workbook
     * version and sheet: the wizard plans the same sheet again and again.
     *
     * @param sheet the sheet's name, or null for the first sheet
     */
    public static Path csvOf(Path workbook, String sheet) {
        try {
            Path abs = workbook.toAbsolutePath().normalize();
            String key = abs + "|" + Files.getLastModifiedTime(abs).toMillis() + "|" + Files.size(abs) + "|"
                    + (sheet == null ? "" : sheet.trim().toLowerCase(Locale.ROOT));
            Path cached = CSV_CACHE.get(key);
            if (cached != null && Files.exists(cached)) {
                return cached;
            }
            Path folder = Files.createTempDirectory("campaign-lab-sheet");
            folder.toFile().deleteOnExit();
            Path csv = toCsv(workbook, sheet, folder);
            csv.toFile().deleteOnExit();
            CSV_CACHE.put(key, csv);
            return csv;
        } catch (IOException e) {
            throw new ImportException(workbook.getFileName().toString(), -1, null, "cannot be read: " + e.getMessage(),
                    e);
        }
    }

    /** The workbook's sheet names, in order. */
    public static List<String> sheetNames(Path workbook) {
        return read(workbook, (pkg, reader) -> {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            return names;
        });
    }

    /**
     * Writes one sheet as CSV into {@code folder}, named {@code WORKBOOK#SHEET.csv} so that messages name both.
     *
     * @param sheet the sheet's name, or null for the first sheet
     */
    public static Path toCsv(Path workbook, String sheet, Path folder) {
        String file = workbook.getFileName().toString();
        return read(workbook, (pkg, reader) -> {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                byte[] xml;
                try (InputStream in = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (sheet != null && !sheets.getSheetName().equalsIgnoreCase(sheet.trim())) {
                        continue;
                    }
                    xml = in.readAllBytes();
                }
                Path csv = folder.resolve(safe(file + "#" + sheets.getSheetName()) + ".csv");
                write(pkg, reader, xml, csv);
                return csv;
            }
            throw names.isEmpty() ? ImportException.of(file, "the workbook has no sheets")
                    : ImportException.of(file, "has no sheet '" + sheet + "'; its sheets are " + names);
        });
    }

    private static void write(OPCPackage pkg, XSSFReader reader, byte[] xml, Path csv) throws IOException, SAXException,
            ParserConfigurationException, OpenXML4JException {
        List<CellRangeAddress> merges = merges(xml);
        Rows rows = new Rows();
        XMLReader parser = SAXHelper.newXMLReader();
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new ExcelValues(), false));
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            rows.out = out;
            rows.merges = merges;
            parser.parse(new InputSource(new java.io.ByteArrayInputStream(xml)));
            rows.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The merged regions of a sheet; they come after its rows in the XML, so they are read first, on their own. */
    private static List<CellRangeAddress> merges(byte[] xml) throws IOException, SAXException,
            ParserConfigurationException {
        List<CellRangeAddress> merges = new ArrayList<>();
        XMLReader parser = SAXHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                    merges.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
                }
            }
        });
        parser.parse(new InputSource(new java.io.ByteArrayInputStream(xml)));
        return merges;
    }

    private static String safe(String name) {
        return name.replaceAll("[/\\\\:*?\"<>|]", "_");
    }

    /** Receives the sheet's cells row by row; holds the first rows back until the header is settled. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private BufferedWriter out;
        private List<CellRangeAddress> merges;
        private final Map<Integer, List<String>> top = new LinkedHashMap<>();
        private List<String> row;
        private int written;
        private boolean headerDone;
        private int width;

        @Override
        public void startRow(int rowNum) {
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerDone) {
                top.put(rowNum, row);
                width = Math.max(width, row.size());
                if (top.size() >= HEADER_ROWS_LOOKED_AT) {
                    settleHeader();
                }
                return;
            }
            line(rowNum, row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? row.size() : new CellReference(reference).getCol();
            while (row.size() < column) {
                row.add("");
            }
            row.add(value == null ? "" : value);
        }

        void finish() {
            if (!headerDone) {
                settleHeader();
            }
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void settleHeader() {
            headerDone = true;
            List<Integer> numbers = new ArrayList<>(top.keySet());
            List<List<String>> rows = new ArrayList<>(top.values());
            int titles = MergedHeader.titleRows(rows, merges, width);
            for (int i = titles; i < rows.size(); i++) {
                if (i == titles) {
                    List<String> below = i + 1 < rows.size() ? rows.get(i + 1) : null;
                    MergedHeader.Result header = MergedHeader.names(pad(rows.get(i)), numbers.get(i), below, merges);
                    line(numbers.get(i), header.names());
                    if (header.usedBelow()) {
                        i++;
                    }
                } else {
                    line(numbers.get(i), rows.get(i));
                }
            }
        }

        private List<String> pad(List<String> cells) {
            List<String> padded = new ArrayList<>(cells);
            while (padded.size() < width) {
                padded.add("");
            }
            return padded;
        }

        /** Writes a row as the CSV line for sheet row {@code rowNum} (0-based), after blank lines for skipped rows. */
        private void line(int rowNum, List<String> cells) {
            try {
                while (written < rowNum) {
                    out.write('\n');
                    written++;
                }
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(quoted(cells.get(i)));
                }
                out.write('\n');
                written++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String quoted(String value) {
            boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0;
            return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
        }
    }

    @FunctionalInterface
    private interface Reading<T> {
        T apply(OPCPackage pkg, XSSFReader reader) throws IOException, SAXException, ParserConfigurationException, OpenXML4JException;
    }

    private static <T> T read(Path workbook, Reading<T> reading) {
        String file = workbook.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            return reading.apply(pkg, new XSSFReader(pkg));
        } catch (ImportException e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException
                 | RuntimeException e) {
            throw new ImportException(file, -1, null, "cannot be read as an Excel workbook: " + e.getMessage(), e);
        }
    }
}
