package io.campaignlab.views.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.importing.columns.InferredColumn;
import io.campaignlab.engine.importing.columns.SampleCheck;
import io.campaignlab.engine.importing.columns.TimestampFormat;
import io.campaignlab.engine.importing.columns.ValueParser;
import io.campaignlab.engine.importing.csv.SniffResult;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.stream.Collectors;

/**
 * One column in the wizard's column table: its type, timestamp format and role as the person sets them, and what
 * the file's sample says about that choice. Every change is checked against the sample at once (in memory, no
 * I/O), so a wrong type is explained before anything is imported.
 */
public final class ColumnChoice {

    /** How bad a column's problem is. */
    public enum Severity {
        /** Every sample value parses. */
        NONE,
        /** A few values fail: those rows will be rejected. */
        WARNING,
        /** The choice cannot work; the import is held back until it changes. */
        ERROR
    }

    private static final int SAMPLE_VALUES_SHOWN = 3;
    private static final int SAMPLE_VALUE_LENGTH = 24;

    private final ColumnMeta inferred;
    private final InferredColumn why;
    private static final String YOUR_CHOICE = "your choice";
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final SniffResult sniff;
    private final int index;
    private final ObjectProperty<ColumnType> type;
    private final StringProperty format;
    private final ObjectProperty<ColumnRole> role;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>(this, "severity",
            Severity.NONE);
    private final ColumnSettings settings;
    private final SampleReadout sample;

    ColumnChoice(ColumnMeta inferred, SniffResult sniff, int index, InferredColumn why) {
        this.inferred = inferred;
        this.why = why;
        this.sniff = sniff;
        this.index = index;
        String samples = sniff.columnSample(index).stream()
                .filter(v -> !ValueParser.isNull(v))
                .distinct()
                .limit(SAMPLE_VALUES_SHOWN)
                .map(ColumnChoice::abbreviate)
                .collect(Collectors.joining(", "));
        this.type = new SimpleObjectProperty<>(this, "type", inferred.type());
        this.format = new SimpleStringProperty(this, "format", inferred.format() == null ? "" : inferred.format());
        this.role = new SimpleObjectProperty<>(this, "role", inferred.role());
        this.settings = new ColumnSettings(type, format, role);
        this.sample = new SampleReadout(samples, problem.getReadOnlyProperty(), severity.getReadOnlyProperty());
        type.addListener((obs, old, now) -> {
            if (now == ColumnType.TIMESTAMP && format.get().isBlank()) {
                format.set(suggestedFormat());
            }
            check();
        });
        format.addListener((obs, old, now) -> check());
        check();
        reason.set(reason());
        type.addListener((obs, old, now) -> reason.set(reason()));
        format.addListener((obs, old, now) -> reason.set(reason()));
        role.addListener((obs, old, now) -> reason.set(reason()));
    }

    /**
     * Why the column has its type and role: the importer's reasons ("type category: integer codes: …; role ignore:
     * named like a row id …"), with "your choice" for what the person changed. It follows every change.
     */
    public String reason() {
        String typePart = typeChanged() ? YOUR_CHOICE : why.typeReason();
        String rolePart = roleChanged() ? YOUR_CHOICE : why.roleReason();
        return "type " + type.get().id() + ": " + typePart + "; role " + role.get().id() + ": " + rolePart;
    }

    /** {@link #reason()} as a property, for a label that follows the choices. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The column's name in the file. */
    public String header() {
        return inferred.header();
    }

    /** The column's name in the dataset. */
    public String name() {
        return inferred.name();
    }

    /** The type, timestamp format and role as the person sets them. */
    public ColumnSettings settings() {
        return settings;
    }

    /** A few of the file's values for the column, and what they say about the current choice. */
    public SampleReadout sample() {
        return sample;
    }

    /** True when the person changed the type or, for a timestamp, its format. */
    boolean typeChanged() {
        return type.get() != inferred.type()
                || type.get() == ColumnType.TIMESTAMP && !effectiveFormat().equals(nullToEmpty(inferred.format()));
    }

    boolean roleChanged() {
        return role.get() != inferred.role();
    }

    /** The column as currently chosen: its type, the timestamp format for a timestamp, and its role. */
    ColumnMeta chosen() {
        String chosenFormat = type.get() == ColumnType.TIMESTAMP ? effectiveFormat() : null;
        return new ColumnMeta(inferred.name(), inferred.header(), type.get(), role.get(), chosenFormat,
                inferred.groundTruth());
    }

    /** The type as the import spec takes it: {@code integer}, {@code timestamp:uuuu-MM-dd} and so on. */
    String typeSpec() {
        String id = type.get().id();
        return type.get() == ColumnType.TIMESTAMP ? id + ":" + effectiveFormat() : id;
    }

    private String effectiveFormat() {
        return format.get() == null ? "" : format.get().trim();
    }

    private void check() {
        ColumnType chosen = type.get();
        String chosenFormat = chosen == ColumnType.TIMESTAMP ? effectiveFormat() : null;
        if (chosenFormat != null && (chosenFormat.isEmpty() || TimestampFormat.byId(chosenFormat).isEmpty())) {
            String what = chosenFormat.isEmpty() ? "a timestamp column needs a format"
                    : "'" + format.get().trim() + "' is not a timestamp format";
            show(Severity.ERROR, what + "; use iso, unix_s, unix_ms or a pattern such as yyyy-MM-dd HH:mm");
            return;
        }
        SampleCheck.Result result = SampleCheck.check(sniff, index, chosen, chosenFormat);
        if (result.mostlyBad()) {
            show(Severity.ERROR, result.explanation(null));
        } else if (!result.clean()) {
            show(Severity.WARNING, result.explanation(null) + "; those rows will be rejected");
        } else {
            show(Severity.NONE, "");
        }
    }

    private void show(Severity level, String text) {
        problem.set(text);
        severity.set(level);
    }

    /** A format to start from when the type becomes timestamp: numbers are likely Unix seconds. */
    private String suggestedFormat() {
        return inferred.type().isNumeric() ? TimestampFormat.UNIX_SECONDS : "iso";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String abbreviate(String value) {
        String trimmed = value.strip();
        return trimmed.length() <= SAMPLE_VALUE_LENGTH ? trimmed
                : trimmed.substring(0, SAMPLE_VALUE_LENGTH - 1) + "…";
    }

    /**
     * A column's choices.
     *
     * @param format the timestamp format as typed; used only when the type is timestamp
     */
    public record ColumnSettings(ObjectProperty<ColumnType> type, StringProperty format,
                                 ObjectProperty<ColumnRole> role) {
    }

    /**
     * What the file's sample shows of a column.
     *
     * @param values  a few distinct sample values, such as "u1, u2, u3"
     * @param problem why the current choice fails on the sample, in one sentence; empty when it does not
     */
    public record SampleReadout(String values, ReadOnlyStringProperty problem,
                                ReadOnlyObjectProperty<Severity> severity) {

        /** True when the choice cannot work: the import is held back until it changes. */
        public boolean blocking() {
            return severity.get() == Severity.ERROR;
        }
    }
}
