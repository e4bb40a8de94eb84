package io.campaignlab.engine.campaigns;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the lower-case ids of the campaign file's enums, with one message for a word that is none of them. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, E[] values) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (E e : values) {
            if (id(e).equals(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + Arrays.stream(values)
                .map(Choices::id).collect(Collectors.joining(", ")));
    }

    static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
