package io.campaignlab.views.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.features.SuppliedDatasets;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The train form's supplied split: the split column of a column split, and the datasets that are the whole test
 * and validation parts. Offers the training dataset's text columns and the workspace's other datasets; says what to
 * fix in one sentence; builds the {@link SplitSpec}. No nodes, no I/O.
 */
public final class SplitChoice {

    /** In the dataset pickers: no dataset, the part is cut from the training dataset. */
    public static final String NONE = "";

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<String> datasetNames = FXCollections.observableArrayList(List.of(NONE));
    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column");
    private final ObjectProperty<String> testDataset = new SimpleObjectProperty<>(this, "testDataset", NONE);
    private final ObjectProperty<String> validDataset = new SimpleObjectProperty<>(this, "validDataset", NONE);
    private final List<DatasetInfo> datasets = new ArrayList<>();

    /** The training dataset's text and category columns, a split column's candidates. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** {@link #NONE} and then every dataset of the workspace, for the test and validation pickers. */
    public ObservableList<String> datasetNames() {
        return datasetNames;
    }

    /** The split column of a column split. */
    public ObjectProperty<String> column() {
        return column;
    }

    /** The dataset that is the whole test part, or {@link #NONE}. */
    public ObjectProperty<String> testDataset() {
        return testDataset;
    }

    /** The dataset that is the whole validation part, or {@link #NONE}. */
    public ObjectProperty<String> validDataset() {
        return validDataset;
    }

    /** What a change of which should check the form again. */
    Observable[] watched() {
        return new Observable[]{column, testDataset, validDataset};
    }

    /** The workspace's datasets; a chosen dataset no longer there is unchosen. */
    void setDatasets(List<DatasetInfo> list) {
        datasets.clear();
        datasets.addAll(list);
        List<String> names = new ArrayList<>(List.of(NONE));
        list.forEach(d -> names.add(d.name()));
        datasetNames.setAll(names);
        for (ObjectProperty<String> chosen : List.of(testDataset, validDataset)) {
            if (!names.contains(chosen.get())) {
                chosen.set(NONE);
            }
        }
    }

    /** The training dataset changed: offer its text columns, keeping the chosen one when it is still there. */
    void trainingChanged(DatasetInfo training) {
        List<String> text = training == null ? List.of() : training.columns().stream()
                .filter(c -> !c.groundTruth() && (c.type() == ColumnType.TEXT || c.type() == ColumnType.CATEGORY))
                .map(ColumnMeta::name).toList();
        String keep = column.get();
        columns.setAll(text);
        column.set(keep != null && text.contains(keep) ? keep : text.stream().filter(SplitChoice::splitLike).findFirst()
                .orElse(null));
    }

    private static boolean splitLike(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.contains("split") || n.contains("fold") || n.equals("part") || n.equals("set");
    }

    /** The split column when the kind uses one, else null: that column is no feature. */
    String columnInUse(SplitKind kind) {
        return kind == SplitKind.COLUMN ? column.get() : null;
    }

    /**
     * The first thing to fix about the split, or empty.
     *
     * @param read the training dataset's columns the run reads (features and labels)
     */
    String problem(SplitKind kind, DatasetInfo training, String label, Collection<String> read) {
        String test = chosen(testDataset);
        String valid = chosen(validDataset);
        if (kind == SplitKind.COLUMN) {
            if (column.get() == null) {
                return columns.isEmpty() ? "'" + training.name() + "' has no text column to split by; choose"
                        + " another split." : "Choose the split column: its values say train, valid or test.";
            }
            if (column.get().equals(label)) {
                return "The split column cannot be the label.";
            }
            if (test != null) {
                return "A column split takes all three parts from its column: choose no test dataset.";
            }
        }
        if (valid != null && test == null) {
            return "A validation dataset needs a test dataset too.";
        }
        if (test != null && test.equals(valid)) {
            return "The test and validation datasets must differ.";
        }
        for (String supplied : new String[]{test, valid}) {
            if (supplied == null) {
                continue;
            }
            if (supplied.equals(training.name())) {
                return "The training dataset cannot also be the " + (supplied.equals(test) ? "test" : "validation")
                        + " dataset.";
            }
            String mismatch = mismatch(training, supplied, supplied.equals(test) ? "test" : "validation", read);
            if (mismatch != null) {
                return mismatch;
            }
        }
        return "";
    }

    private String mismatch(DatasetInfo training, String name, String part, Collection<String> read) {
        DatasetInfo supplied = datasets.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
        if (supplied == null) {
            return "The " + part + " dataset " + name + " is no longer in the workspace.";
        }
        try {
            SuppliedDatasets.requireSameColumns(training, supplied, part, read);
            return null;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
        }
    }

    /** The split the choices describe. */
    SplitSpec spec(SplitKind kind, long seed) {
        SplitSpec spec = kind == SplitKind.COLUMN ? SplitSpec.byColumn(column.get(), seed) : SplitSpec.of(kind, seed);
        String test = chosen(testDataset);
        return test == null ? spec : spec.withDatasets(chosen(validDataset), test);
    }

    private static String chosen(ObjectProperty<String> picker) {
        return picker.get() == null || Objects.equals(picker.get(), NONE) ? null : picker.get();
    }
}
