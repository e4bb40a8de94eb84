package io.campaignlab.engine.importing;

import java.util.function.Function;

/**
 * A setting of an import that a failure's remedy may point to. The engine's sentences name a setting through a
 * {@link Wording}, so that each front end words it its own way: the wizard by its field ({@link #label()}), the
 * command line by its option.
 */
public enum ImportSetting {
    /** The dataset's name. */
    NAME("dataset name"),
    /** The character set the file is read with. */
    ENCODING("the Encoding choice of the preview"),
    /** The columns' types (and timestamp formats). */
    COLUMN_TYPES("the column types"),
    /** The most rows that may be rejected. */
    MAX_REJECTS("Max rejects");

    private final String label;

    ImportSetting(String label) {
        this.label = label;
    }

    /** The setting as the import wizard names it, fit to stand in a sentence. */
    public String label() {
        return label;
    }

    /** A sentence that names settings, worded later by whoever shows it. */
    @FunctionalInterface
    public interface Wording {

        /** @param names how to name each setting in the sentence */
        String in(Function<ImportSetting, String> names);
    }
}
