package io.campaignlab.engine.features;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a supplied validation or test dataset can be read the way the training dataset is: every feature and
 * label column there, holding the same kind of values (numbers: integer, decimal or boolean; text: category or
 * text; timestamps). One message names every missing and every mistyped column.
 */
public final class SuppliedDatasets {

    private SuppliedDatasets() {
    }

    /**
     * @param part    "test" or "validation", for the message
     * @param columns the training dataset's columns the run reads (features and labels)
     * @throws IllegalArgumentException naming each missing and mistyped column
     */
    public static void requireSameColumns(DatasetInfo training, DatasetInfo supplied, String part,
                                          Collection<String> columns) {
        List<String> missing = new ArrayList<>();
        List<String> mistyped = new ArrayList<>();
        for (String name : columns) {
            Optional<ColumnMeta> mine = training.column(name);
            Optional<ColumnMeta> theirs = supplied.column(name);
            if (theirs.isEmpty()) {
                missing.add(name);
            } else if (mine.isPresent() && !sameKind(mine.get().type(), theirs.get().type())) {
                mistyped.add(name + " (" + theirs.get().type().id() + " there, " + mine.get().type().id() + " in "
                        + training.name() + ")");
            }
        }
        if (missing.isEmpty() && mistyped.isEmpty()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("lacks column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
        }
        if (!mistyped.isEmpty()) {
            problems.add("has column" + (mistyped.size() == 1 ? " " : "s ") + String.join(", ", mistyped)
                    + " of another type");
        }
        throw new IllegalArgumentException("the " + part + " dataset " + supplied.name() + " must have the feature"
                + " and label columns of the training dataset " + training.name() + ", but it "
                + String.join(" and ", problems));
    }

    /** Whether two column types read as the same kind of values. */
    static boolean sameKind(ColumnType a, ColumnType b) {
        return group(a) == group(b);
    }

    private static int group(ColumnType type) {
        return switch (type) {
            case INTEGER, DECIMAL, BOOLEAN -> 0;
            case CATEGORY, TEXT -> 1;
            case TIMESTAMP -> 2;
        };
    }
}
