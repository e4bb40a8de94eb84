package io.campaignlab.views.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/**
 * The table columns of the workbench: a column shows one value of each row as text (sorting by the value, not the
 * text), numbers to the right. Make one with {@link #typed} or {@link #text}, then say how it differs.
 */
public final class Columns {

    private static final String RIGHT = "-fx-alignment: CENTER-RIGHT;";

    private Columns() {
    }

    /**
     * A column of a value, written by {@code text}; a row without the value shows {@code missing} (null for an empty
     * cell).
     */
    public static <R, T> TableColumn<R, T> typed(String title, double width, Function<R, T> value,
                                                 Function<T, String> text, String missing) {
        TableColumn<R, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? missing : text.apply(item));
            }
        });
        return column;
    }

    /** A column of a value written by {@code text}; empty where a row has no value. */
    public static <R, T> TableColumn<R, T> typed(String title, double width, Function<R, T> value,
                                                 Function<T, String> text) {
        return typed(title, width, value, text, null);
    }

    /** A column of text, sorting by the text. */
    public static <R> TableColumn<R, String> text(String title, double width, Function<R, String> text) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(text.apply(data.getValue())));
        return column;
    }

    /** The column with its cells to the right (numbers), when {@code right}. */
    public static <R, T> TableColumn<R, T> right(TableColumn<R, T> column, boolean right) {
        if (right) {
            column.setStyle(RIGHT);
        }
        return column;
    }

    /** The column, never narrower than this. */
    public static <R, T> TableColumn<R, T> atLeast(TableColumn<R, T> column, double minWidth) {
        column.setMinWidth(minWidth);
        return column;
    }

    /** The column, in the order the rows come (the header does not sort). */
    public static <R, T> TableColumn<R, T> unsorted(TableColumn<R, T> column) {
        column.setSortable(false);
        return column;
    }
}
