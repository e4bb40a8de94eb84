package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;

/**
 * The columns that several simulated tables share, defined once so that they agree: the keys the tables join on
 * ({@code user_id}, {@code item_id}), the user attributes copied into impressions and exposures, and the item
 * attributes copied into events and impressions.
 */
final class SimColumns {

    static final ColumnMeta USER_ID = ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID);
    static final ColumnMeta ITEM_ID = ColumnMeta.of("item_id", ColumnType.INTEGER, ColumnRole.ITEM_ID);
    static final ColumnMeta TS = ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP);

    static final ColumnMeta AGE_BAND = ColumnMeta.of("age_band", ColumnType.CATEGORY, ColumnRole.FEATURE);
    static final ColumnMeta REGION = ColumnMeta.of("region", ColumnType.CATEGORY, ColumnRole.FEATURE);
    static final ColumnMeta DEVICE = ColumnMeta.of("device", ColumnType.CATEGORY, ColumnRole.FEATURE);

    static final ColumnMeta CATEGORY = ColumnMeta.of("category", ColumnType.CATEGORY, ColumnRole.CATEGORY);
    static final ColumnMeta BRAND = ColumnMeta.of("brand", ColumnType.CATEGORY, ColumnRole.FEATURE);
    static final ColumnMeta PRICE = ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE);
    static final ColumnMeta DOMAIN = ColumnMeta.of("domain", ColumnType.CATEGORY, ColumnRole.DOMAIN);

    private SimColumns() {
    }
}
