package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.columns.ColumnInference;
import io.campaignlab.engine.importing.columns.ColumnNames;
import io.campaignlab.engine.importing.columns.InferredColumn;
import io.campaignlab.engine.importing.columns.InferredType;
import io.campaignlab.engine.importing.columns.KindInference;
import io.campaignlab.engine.importing.columns.RoleInference;
import io.campaignlab.engine.importing.columns.SampleCheck;
import io.campaignlab.engine.importing.columns.TimestampFormat;
import io.campaignlab.engine.importing.columns.TypeInference;
import io.campaignlab.engine.importing.columns.ValueParser;
import io.campaignlab.engine.importing.csv.FormatSniffer;
import io.campaignlab.engine.importing.csv.SniffResult;
import io.campaignlab.engine.importing.csv.SourceFile;

import io.campaignlab.engine.importing.excel.XlsxSheets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sniffs a file and decides its columns, applying the user's overrides on top of what was inferred. */
public final class ImportPlanner {

    private ImportPlanner() {
    }

    public static ImportPlan plan(ImportSpec spec) {
        boolean workbook = XlsxSheets.isWorkbook(spec.file());
        SourceFile source = workbook ? SourceFile.inspect(XlsxSheets.csvOf(spec.file(), spec.sheet()),
                StandardCharsets.UTF_8) : SourceFile.inspect(spec.file(), spec.charset());
        Character delimiter = workbook && spec.delimiter() == null ? Character.valueOf(',') : spec.delimiter();
        SniffResult sniff = FormatSniffer.sniff(source, delimiter, spec.header(), spec.sampleRows());
        List<String> headers = sniff.headers();
        List<String> names = ColumnNames.sanitize(headers);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            index.putIfAbsent(headers.get(i).trim().toLowerCase(Locale.ROOT), i);
            index.putIfAbsent(names.get(i), i);
        }
        Map<Integer, String> typeOverrides = resolve(spec.types(), index, headers, source.name());
        Map<Integer, ColumnRole> roleOverrides = resolve(spec.roles(), index, headers, source.name());

        List<ColumnMeta> columns = new ArrayList<>(headers.size());
        List<InferredColumn> reasons = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i).trim().isEmpty() ? names.get(i) : headers.get(i).trim();
            InferredColumn inferred = ColumnInference.infer(headers.get(i).trim(), sniff.columnSample(i));
            InferredColumn decided = typeOverrides.containsKey(i)
                    ? overrideType(typeOverrides.get(i), inferred, header, sniff, i) : inferred;
            if (roleOverrides.containsKey(i)) {
                decided = new InferredColumn(decided.type(), decided.format(), roleOverrides.get(i),
                        decided.typeReason(), InferredColumn.OVERRIDDEN);
            }
            reasons.add(decided);
            columns.add(new ColumnMeta(names.get(i), header, decided.type(), decided.role(), decided.format(), false));
        }
        DatasetKind kind = spec.kind() != null ? spec.kind() : KindInference.infer(columns);
        String sha256 = workbook ? SourceFile.inspectBytes(spec.file()).sha256() : source.sha256();
        return new ImportPlan(spec, sniff, columns, kind, sha256, reasons);
    }

    /**
     * The column with the type the person gave ({@code timestamp:FORMAT} included), checked against the sample. The
     * inferred role stays, unless it was the time role and the type is no longer a time (or the other way round).
     */
    private static InferredColumn overrideType(String typeSpec, InferredColumn inferred, String header,
                                               SniffResult sniff, int i) {
        String file = sniff.source().name();
        String[] parts = typeSpec.split(":", 2);
        ColumnType type = parse(() -> ColumnType.parse(parts[0]), file, header);
        String format = parts.length > 1 ? parts[1] : null;
        if (type == ColumnType.TIMESTAMP && format == null) {
            format = inferredTimestampFormat(header, sniff.columnSample(i));
        }
        if (format != null && TimestampFormat.byId(format).isEmpty()) {
            String bad = format;
            throw new ImportException(file, -1, header, "unknown timestamp format '" + bad
                    + "'; use iso, unix_s, unix_ms or one of " + TimestampFormat.textFormats());
        }
        checkOverrideAgainstSample(file, header, type, format, sniff, i);
        ColumnRole role = inferred.role();
        String roleReason = inferred.roleReason();
        if ((role == ColumnRole.TIMESTAMP) != (type == ColumnType.TIMESTAMP)) {
            role = RoleInference.infer(header, type);
            roleReason = "follows the type that was set";
        }
        return new InferredColumn(type, type == ColumnType.TIMESTAMP ? format : null, role, InferredColumn.OVERRIDDEN,
                roleReason);
    }

    /**
     * Refuses a type override that most of the sample's values fail, naming the first bad value: that is a wrong
     * type or format, and the import would only end in rejections. A few bad values are what rejections are for.
     */
    private static void checkOverrideAgainstSample(String file, String header, ColumnType type, String format,
                                                   SniffResult sniff, int index) {
        SampleCheck.Result check = SampleCheck.check(sniff, index, type, format);
        if (check.mostlyBad()) {
            throw new ImportException(file, check.firstBadLine(), header, check.explanation(null)
                    + "; choose another type or format");
        }
    }

    private static String inferredTimestampFormat(String header, List<String> sample) {
        InferredType inferred = TypeInference.infer(header, sample);
        if (inferred.type() == ColumnType.TIMESTAMP) {
            return inferred.format();
        }
        List<String> values = sample.stream().filter(v -> !ValueParser.isNull(v)).toList();
        if (!values.isEmpty() && values.stream().allMatch(ValueParser::looksNumeric)) {
            return TimestampFormat.UNIX_SECONDS;
        }
        return "iso";
    }

    private static <V> Map<Integer, V> resolve(Map<String, V> overrides, Map<String, Integer> index,
                                               List<String> headers, String file) {
        Map<Integer, V> resolved = new HashMap<>();
        overrides.forEach((column, value) -> {
            Integer i = index.get(column.trim().toLowerCase(Locale.ROOT));
            if (i == null) {
                throw ImportException.of(file, "has no column '" + column + "'; its columns are " + headers);
            }
            resolved.put(i, value);
        });
        return resolved;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String file, String column) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, -1, column, e.getMessage());
        }
    }
}
