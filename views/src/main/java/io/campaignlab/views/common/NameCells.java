package io.campaignlab.views.common;

import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Table cells for names (fields, columns, datasets, segments) that may be wider than their column: elided in the
 * middle, so that names sharing a prefix ({@code bh_user_views_7d}, {@code bh_user_views_30d}) stay apart, with
 * the whole name in a tooltip.
 */
public final class NameCells {

    private NameCells() {
    }

    /** Gives the column cells that elide in the middle and show the whole name on hover. */
    public static <S> void elideInMiddle(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            {
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null;
                setText(blank ? null : item);
                whole.setText(blank ? "" : item);
                setTooltip(blank ? null : whole);
            }
        });
    }
}
