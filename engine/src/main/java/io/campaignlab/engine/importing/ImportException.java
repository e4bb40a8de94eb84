package io.campaignlab.engine.importing;

/**
 * An import failure explained in one sentence that names the file and, where they apply, the line and column.
 */
public class ImportException extends RuntimeException {

    private final String file;
    private final long line;
    private final String column;

    public ImportException(String file, long line, String column, String reason) {
        this(file, line, column, reason, null);
    }

    public ImportException(String file, long line, String column, String reason, Throwable cause) {
        super(compose(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
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
