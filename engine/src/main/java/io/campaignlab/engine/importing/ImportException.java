package io.campaignlab.engine.importing;

import java.util.function.Function;

/**
 * An import failure explained in one sentence that names the file and, where they apply, the line and column. Where
 * the remedy is a setting, the sentence names it through an {@link ImportSetting.Wording}: {@link #getMessage()}
 * names it as the wizard does, and {@link #in} lets the command line name its option instead.
 */
public class ImportException extends RuntimeException {

    private final String file;
    private final long line;
    private final String column;
    private final transient ImportSetting.Wording reason;

    public ImportException(String file, long line, String column, String reason) {
        this(file, line, column, reason, null);
    }

    public ImportException(String file, long line, String column, String reason, Throwable cause) {
        this(file, line, column, names -> reason, cause);
    }

    /** A failure whose sentence names settings: {@code names -> "... raise " + names.apply(MAX_REJECTS)}. */
    public ImportException(String file, long line, String column, ImportSetting.Wording reason, Throwable cause) {
        super(compose(file, line, column, reason.in(ImportSetting::label)), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public static ImportException of(String file, String reason) {
        return new ImportException(file, -1, null, reason);
    }

    private static String compose(String file, long line, String column, String reason) {
        StringBuilder sb = new StringBuilder(file == null ? "import" : file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (column != null) {
            sb.append(line > 0 ? ", column '" : " column '").append(column).append('\'');
        }
        return sb.append(": ").append(reason).toString();
    }

    /** The sentence with each setting named by {@code names}, for example by its command-line option. */
    public String message(Function<ImportSetting, String> names) {
        return reason == null ? getMessage() : compose(file, line, column, reason.in(names));
    }

    /** The same failure, its settings named by {@code names}; the cause is this exception. */
    public ImportException in(Function<ImportSetting, String> names) {
        return reason == null ? this : new ImportException(file, line, column, reason.in(names), this);
    }

    public String file() {
        return file;
    }

    /** The 1-based line in the file, or -1 when the problem is not tied to a line. */
    public long line() {
        return line;
    }

    /** The column, or null when the problem is not tied to one. */
    public String column() {
        return column;
    }
}
