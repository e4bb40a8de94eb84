package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Guesses a dataset's kind from its columns' roles; the user can always say otherwise. */
public final class KindInference {

    private KindInference() {
    }

    public static DatasetKind infer(List<ColumnMeta> columns) {
        Set<ColumnRole> roles = EnumSet.noneOf(ColumnRole.class);
        columns.forEach(c -> roles.add(c.role()));
        boolean ratingColumn = columns.stream().anyMatch(c -> c.header().toLowerCase(Locale.ROOT).equals("rating"));
        if (roles.contains(ColumnRole.GROUP) || roles.contains(ColumnRole.TREATMENT)) {
            return DatasetKind.EXPERIMENT;
        }
        if (roles.contains(ColumnRole.EVENT_TYPE) || (roles.contains(ColumnRole.SESSION_ID) && roles.contains(ColumnRole.ITEM_ID))) {
            return DatasetKind.EVENTS;
        }
        if (roles.contains(ColumnRole.QUANTITY) && roles.contains(ColumnRole.PRICE)) {
            return DatasetKind.TRANSACTIONS;
        }
        if (ratingColumn && roles.contains(ColumnRole.USER_ID) && roles.contains(ColumnRole.ITEM_ID)) {
            return DatasetKind.RATINGS;
        }
        if (roles.contains(ColumnRole.LABEL) && roles.contains(ColumnRole.ITEM_ID)) {
            return DatasetKind.IMPRESSIONS;
        }
        return DatasetKind.TABLE;
    }
}
