package io.campaignlab.engine.importing;

import io.campaignlab.engine.builder.FluentBuilder;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the user asked for: a file, a name, and any overrides of what would be detected. Build it with
 * {@link #builder()}; {@code set*} is required, {@code opt*} optional.
 *
 * @param file          the file to import
 * @param name          the dataset's name, unique in the workspace
 * @param kind          a forced kind, or null to infer it
 * @param roles         forced roles by column header or name
 * @param types         forced types by column header or name; a timestamp may carry a format as {@code timestamp:FORMAT}
 * @param maxRejects    the most rows that may be rejected, or -1 for the default (see {@link RejectLimit})
 * @param charset       a forced charset, or null to detect it
 * @param delimiter     a forced delimiter, or null to detect it
 * @param header        a forced header decision, or null to detect it
 * @param sampleRows    how many rows the type inference reads
 * @param sheet         the sheet of an Excel workbook to import, or null for its first sheet; ignored for text files
 */
public record ImportSpec(Path file, String name, DatasetKind kind, Map<String, ColumnRole> roles,
                         Map<String, String> types, long maxRejects, Charset charset, Character delimiter,
                         Boolean header, int sampleRows, String sheet) {

    public static final int DEFAULT_SAMPLE_ROWS = 10_000;

    public ImportSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        roles = Map.copyOf(roles);
        types = Map.copyOf(types);
        if (sampleRows < 1) {
            throw new IllegalArgumentException("sampleRows must be positive");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Accumulates a spec step by step; {@link #build()} freezes it. */
    public static final class Builder extends FluentBuilder<Builder> {
        private Path file;
        private String name;
        private DatasetKind kind;
        private final Map<String, ColumnRole> roles = new LinkedHashMap<>();
        private final Map<String, String> types = new LinkedHashMap<>();
        private long maxRejects = -1;
        private Charset charset;
        private Character delimiter;
        private Boolean header;
        private int sampleRows = DEFAULT_SAMPLE_ROWS;
        private String sheet;

        public Builder setFile(Path value) {
            return set(() -> file = value);
        }

        public Builder setName(String value) {
            return set(() -> name = value);
        }

        public Builder optKind(DatasetKind value) {
            return set(() -> kind = value);
        }

        public Builder optRole(String column, ColumnRole role) {
            return set(() -> roles.put(column, role));
        }

        public Builder optType(String column, ColumnType type) {
            return set(() -> types.put(column, type.id()));
        }

        /**
         * A type given as text: {@code integer}, {@code timestamp}, or a timestamp with its format, such as
         * {@code timestamp:M/d/uuuu H:mm}, {@code timestamp:unix_s} or {@code timestamp:iso}.
         */
        public Builder optType(String column, String type) {
            return set(() -> types.put(column, type));
        }

        public Builder optMaxRejects(long value) {
            return set(() -> maxRejects = value);
        }

        public Builder optCharset(Charset value) {
            return set(() -> charset = value);
        }

        public Builder optDelimiter(Character value) {
            return set(() -> delimiter = value);
        }

        public Builder optHeader(Boolean value) {
            return set(() -> header = value);
        }

        public Builder optSampleRows(int value) {
            return set(() -> sampleRows = value);
        }

        public Builder optSheet(String value) {
            this.sheet = value;
            return this;
        }

        public ImportSpec build() {
            String datasetName = name != null ? name : defaultName(file);
            return new ImportSpec(file, datasetName, kind, roles, types, maxRejects, charset, delimiter, header,
                    sampleRows, sheet);
        }

        private static String defaultName(Path file) {
            Objects.requireNonNull(file, "file");
            String base = file.getFileName().toString();
            for (String ext : new String[] {".gz", ".csv", ".tsv", ".txt", ".xlsx", ".xlsm"}) {
                if (base.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
                    base = base.substring(0, base.length() - ext.length());
                }
            }
            return base;
        }
    }
}
