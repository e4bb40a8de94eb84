package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KindInferenceTest {

    private static ColumnMeta column(String header, ColumnType type, ColumnRole role) {
        return new ColumnMeta(header.toLowerCase(java.util.Locale.ROOT), header, type, role, null, false);
    }

    @Test
    void groupColumnMakesAnExperiment() {
        List<ColumnMeta> columns = List.of(
                column("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                column("group", ColumnType.CATEGORY, ColumnRole.GROUP),
                column("converted", ColumnType.INTEGER, ColumnRole.LABEL));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.EXPERIMENT);
    }

    @Test
    void treatmentColumnMakesAnExperiment() {
        List<ColumnMeta> columns = List.of(
                column("treatment", ColumnType.INTEGER, ColumnRole.TREATMENT),
                column("spend", ColumnType.DECIMAL, ColumnRole.REVENUE));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.EXPERIMENT);
    }

    @Test
    void eventTypeColumnMakesEvents() {
        List<ColumnMeta> columns = List.of(
                column("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                column("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                column("event_time", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.EVENTS);
    }

    @Test
    void sessionAndItemMakeEvents() {
        List<ColumnMeta> columns = List.of(
                column("session_id", ColumnType.INTEGER, ColumnRole.SESSION_ID),
                column("item_id", ColumnType.INTEGER, ColumnRole.ITEM_ID));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.EVENTS);
    }

    @Test
    void sessionAloneIsNotEvents() {
        List<ColumnMeta> columns = List.of(
                column("session_id", ColumnType.INTEGER, ColumnRole.SESSION_ID),
                column("country", ColumnType.CATEGORY, ColumnRole.FEATURE));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.TABLE);
    }

    @Test
    void quantityAndPriceMakeTransactions() {
        List<ColumnMeta> columns = List.of(
                column("InvoiceNo", ColumnType.CATEGORY, ColumnRole.FEATURE),
                column("StockCode", ColumnType.CATEGORY, ColumnRole.ITEM_ID),
                column("Quantity", ColumnType.INTEGER, ColumnRole.QUANTITY),
                column("UnitPrice", ColumnType.DECIMAL, ColumnRole.PRICE),
                column("CustomerID", ColumnType.INTEGER, ColumnRole.USER_ID));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.TRANSACTIONS);
    }

    @Test
    void labelAndItemMakeImpressions() {
        List<ColumnMeta> columns = List.of(
                column("ad_id", ColumnType.INTEGER, ColumnRole.ITEM_ID),
                column("click", ColumnType.INTEGER, ColumnRole.LABEL));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.IMPRESSIONS);
    }

    @Test
    void ratingWithUserAndItemMakeRatings() {
        List<ColumnMeta> columns = List.of(
                column("userId", ColumnType.INTEGER, ColumnRole.USER_ID),
                column("movieId", ColumnType.INTEGER, ColumnRole.ITEM_ID),
                column("rating", ColumnType.DECIMAL, ColumnRole.LABEL));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.RATINGS);
    }

    @Test
    void ratingsAreRecognisedFromInferredRoles() {
        List<ColumnMeta> columns = java.util.stream.Stream.of("userId", "movieId", "rating")
                .map(h -> column(h, ColumnType.INTEGER, RoleInference.infer(h, ColumnType.INTEGER)))
                .toList();
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.RATINGS);
    }

    @Test
    void anythingElseIsATable() {
        List<ColumnMeta> columns = List.of(
                column("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                column("country", ColumnType.CATEGORY, ColumnRole.FEATURE),
                column("signup", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP));
        assertThat(KindInference.infer(columns)).isEqualTo(DatasetKind.TABLE);
        assertThat(KindInference.infer(List.of())).isEqualTo(DatasetKind.TABLE);
    }
}
