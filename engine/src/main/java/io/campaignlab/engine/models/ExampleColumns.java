package io.campaignlab.engine.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;

import java.util.Optional;

/**
 * The role columns of an example dataset that splits and behavioural aggregates need, found by role.
 *
 * @param time     the timestamp column, or null
 * @param user     the user id column, or null
 * @param item     the item id column, or null
 * @param category the item category column, or null
 */
record ExampleColumns(String time, String user, String item, String category) {

    static ExampleColumns of(DatasetInfo dataset) {
        return new ExampleColumns(first(dataset, ColumnRole.TIMESTAMP), first(dataset, ColumnRole.USER_ID),
                first(dataset, ColumnRole.ITEM_ID), first(dataset, ColumnRole.CATEGORY));
    }

    private static String first(DatasetInfo dataset, ColumnRole role) {
        Optional<ColumnMeta> column = dataset.columnsWithRole(role).stream().findFirst();
        return column.map(ColumnMeta::name).orElse(null);
    }

    String require(String column, String role, DatasetInfo dataset, String purpose) {
        if (column == null) {
            throw new IllegalArgumentException(purpose + " needs a " + role + " column, and dataset "
                    + dataset.name() + " has none; set a column's role to " + role + " first");
        }
        return column;
    }
}
