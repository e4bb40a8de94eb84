package io.campaignlab.views.importing;

import java.util.Arrays;
import java.util.Optional;

/** The field separators a person can choose in the import preview. */
public enum Delimiter {
    COMMA(',', "comma"),
    TAB('\t', "tab"),
    SEMICOLON(';', "semicolon"),
    PIPE('|', "pipe"),
    /** Runs of spaces and tabs, as in whitespace-aligned text. */
    WHITESPACE(io.campaignlab.engine.importing.csv.CsvDialect.WHITESPACE, "whitespace");

    private final char character;
    private final String label;

    Delimiter(char character, String label) {
        this.character = character;
        this.label = label;
    }

    public char character() {
        return character;
    }

    /** The delimiter that is this character, if it is one of the choices. */
    public static Optional<Delimiter> of(char c) {
        return Arrays.stream(values()).filter(d -> d.character == c).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
