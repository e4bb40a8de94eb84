package io.campaignlab.engine.importing.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.importing.ImportSetting;
import io.campaignlab.engine.importing.columns.InferredType;
import io.campaignlab.engine.importing.columns.TypeInference;
import io.campaignlab.engine.importing.columns.ValueParser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Detects a file's delimiter and header, and reads its first records as a sample. The delimiter is the candidate
 * that splits the first lines into the most consistent number of fields (more than one).
 */
public final class FormatSniffer {

    static final char[] DELIMITERS = {',', '\t', ';', '|'};
    private static final int SNIFF_CHARS = 256 * 1024;
    private static final int SNIFF_RECORDS = 200;

    private FormatSniffer() {
    }

    /**
     * @param delimiter  a forced delimiter, or null to detect it
     * @param header     a forced header decision, or null to detect it
     * @param sampleRows how many data records to read as the sample
     */
    public static SniffResult sniff(SourceFile source, Character delimiter, Boolean header, int sampleRows) {
        String head = readHead(source);
        if (head.isBlank()) {
            throw ImportException.of(source.name(), "the file is empty; there is nothing to import");
        }
        boolean truncated = head.length() >= SNIFF_CHARS;
        char chosen = delimiter != null ? delimiter : detectDelimiter(head, truncated);
        List<List<String>> headRecords = parse(head, chosen, truncated, SNIFF_RECORDS);
        if (headRecords.isEmpty()) {
            throw ImportException.of(source.name(), "the file has no complete line in its first "
                    + SNIFF_CHARS / 1024 + " KiB; it is not a delimited text file, or its first line is too long");
        }
        boolean hasHeader = header != null ? header : detectHeader(headRecords);
        CsvDialect dialect = new CsvDialect(chosen, '"', source.charset(), hasHeader, source.gzip());
        List<SampleRecord> records = readSample(source, dialect, sampleRows + (hasHeader ? 1 : 0));
        List<String> headers;
        List<SampleRecord> sample;
        if (hasHeader) {
            headers = records.get(0).fields();
            sample = records.subList(1, records.size());
            if (sample.isEmpty()) {
                throw ImportException.of(source.name(), "the file has a header line but no data rows; there is nothing to import");
            }
        } else {
            int width = records.get(0).fields().size();
            headers = new ArrayList<>();
            for (int i = 1; i <= width; i++) {
                headers.add("col_" + i);
            }
            sample = records;
        }
        return new SniffResult(source, dialect, headers, sample);
    }

    private static String readHead(SourceFile source) {
        try (Reader reader = source.open(new AtomicLong())) {
            char[] buffer = new char[SNIFF_CHARS];
            int filled = 0;
            while (filled < buffer.length) {
                int n = reader.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
            return new String(buffer, 0, filled);
        } catch (CharacterCodingException e) {
            throw new ImportException(source.name(), -1, null, names -> "is not valid " + source.charset().name()
                    + " text near its start; give the encoding with " + names.apply(ImportSetting.ENCODING), e);
        } catch (IOException e) {
            throw new ImportException(source.name(), -1, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The candidate delimiter whose mode width (more than one field) covers the most lines, the wider on a tie. Runs
     * of spaces ({@link CsvDialect#WHITESPACE}) are tried last and win only where no other delimiter splits most
     * lines the same way, and they split at least 90% of the lines into one width: text such as
     * {@code "Blue mug, large"} in a comma file has spaces too, but not in columns.
     */
    static char detectDelimiter(String head, boolean truncated) {
        char best = ',';
        double bestConsistency = 0;
        double bestScore = -1;
        for (char candidate : DELIMITERS) {
            double[] mode = modeWidth(head, candidate, truncated);
            if (mode == null) {
                continue;
            }
            double score = mode[1] * 1000 + Math.min(mode[0], 999);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
                bestConsistency = mode[1];
            }
        }
        if (bestConsistency < 0.9) {
            double[] spaces = modeWidth(head, CsvDialect.WHITESPACE, truncated);
            if (spaces != null && spaces[1] >= 0.9) {
                return CsvDialect.WHITESPACE;
            }
        }
        return best;
    }

    /** The most common width of the head's records (when over one field) and the share of records that have it. */
    private static double[] modeWidth(String head, char candidate, boolean truncated) {
        List<List<String>> records = parse(head, candidate, truncated, SNIFF_RECORDS);
        if (records.isEmpty()) {
            return null;
        }
        Map<Integer, Integer> widths = new HashMap<>();
        records.forEach(r -> widths.merge(r.size(), 1, Integer::sum));
        Map.Entry<Integer, Integer> mode = widths.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
        if (mode.getKey() < 2) {
            return null;
        }
        return new double[] {mode.getKey(), (double) mode.getValue() / records.size()};
    }

    private static List<List<String>> parse(String text, char delimiter, boolean dropLast, int limit) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvRecords.reader(new StringReader(text), delimiter, '"')) {
            for (CsvRecord record : reader) {
                records.add(record.getFields());
                if (records.size() > limit) {
                    break;
                }
            }
        } catch (IOException | CsvParseException e) {
            // a truncated head can end inside a field; whatever parsed so far is the evidence
        }
        if (!records.isEmpty() && records.size() <= limit && (dropLast || openAtEnd(text, records))) {
            records.remove(records.size() - 1);
        }
        return records;
    }

    /**
     * True when the text's last record has a quote still open at its end. A head cut off by {@link #SNIFF_CHARS}
     * loses its last record anyway; a small file is read whole, and there a record an unclosed quote swallowed the
     * rest of the file into would be the evidence of the delimiter and the header, with a width of its own.
     */
    private static boolean openAtEnd(String text, List<List<String>> records) {
        int end = text.length();
        while (end > 0 && " \t\r\n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int lastVisible = end > 0 ? text.charAt(end - 1) : -1;
        return RecordLines.quoteOpenAtEnd(records.get(records.size() - 1), lastVisible, '"');
    }

    /**
     * A header is likely when every first-row cell is a non-empty, non-numeric name (names may repeat; they are made
     * unique later), and some column whose data is
     * typed (numbers, booleans, times) has a first cell that does not fit, or no first cell recurs in its column.
     */
    static boolean detectHeader(List<List<String>> records) {
        List<String> first = records.get(0);
        for (int i = 0; i < first.size(); i++) {
            String c = first.get(i).trim();
            boolean unnamedIndex = i == 0 && c.isEmpty() && first.size() > 1;
            if ((c.isEmpty() && !unnamedIndex) || ValueParser.looksNumeric(c)) {
                return false;
            }
        }
        if (records.size() == 1) {
            return true;
        }
        List<List<String>> rest = records.subList(1, records.size());
        int typedVotes = 0;
        int novelCells = 0;
        for (int j = 0; j < first.size(); j++) {
            final int col = j;
            List<String> values = rest.stream().filter(r -> r.size() == first.size()).map(r -> r.get(col)).toList();
            if (values.isEmpty()) {
                continue;
            }
            InferredType type = TypeInference.infer("", values);
            if (type.type().isNumeric() || type.type() == io.campaignlab.engine.datasets.ColumnType.BOOLEAN
                    || type.type() == io.campaignlab.engine.datasets.ColumnType.TIMESTAMP) {
                List<String> withFirst = new ArrayList<>(values);
                withFirst.add(first.get(j));
                if (TypeInference.infer("", withFirst).type() != type.type()) {
                    typedVotes++;
                }
            }
            if (first.get(j).isBlank() || !values.contains(first.get(j))) {
                novelCells++;
            }
        }
        return typedVotes > 0 || novelCells == first.size();
    }

    private static List<SampleRecord> readSample(SourceFile source, CsvDialect dialect, int limit) {
        List<SampleRecord> records = new ArrayList<>();
        long lastLine = 0;
        try (TextEnd text = new TextEnd(source.open(new AtomicLong()));
             CsvReader<CsvRecord> csv = CsvRecords.reader(text, dialect.delimiter(), dialect.quote())) {
            boolean atEnd = true;
            LineNumbers lineNumbers = new LineNumbers();
            for (CsvRecord record : csv) {
                lastLine = lineNumbers.start(record);
                records.add(new SampleRecord(lastLine, record.getFields()));
                if (records.size() >= limit) {
                    atEnd = false;
                    break;
                }
            }
            if (atEnd && !records.isEmpty()) {
                SampleRecord last = records.get(records.size() - 1);
                boolean open = RecordLines.quoteOpenAtEnd(last.fields(), text.lastVisible(), dialect.quote());
                records.set(records.size() - 1, new SampleRecord(RecordLines.of(last.line(), last.fields(), open),
                        last.fields()));
            }
        } catch (CharacterCodingException e) {
            long line = lastLine + 1;
            throw new ImportException(source.name(), line, null, names -> "is not valid " + source.charset().name()
                    + " text; give the encoding with " + names.apply(ImportSetting.ENCODING), e);
        } catch (CsvParseException e) {
            throw new ImportException(source.name(), lastLine + 1, null, CsvProblems.describe(e), e);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(source.name(), lastLine + 1, null, "cannot be read: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw ImportException.of(source.name(), "the file is empty; there is nothing to import");
        }
        return records;
    }
}
