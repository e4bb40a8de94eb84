package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoleInferenceTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({
            "CustomerID, INTEGER, USER_ID",
            "user_id, CATEGORY, USER_ID",
            "StockCode, CATEGORY, ITEM_ID",
            "product_id, INTEGER, ITEM_ID",
            "SessionId, CATEGORY, SESSION_ID",
            "event_type, CATEGORY, EVENT_TYPE",
            "InvoiceDate, TIMESTAMP, TIMESTAMP",
            "label, INTEGER, LABEL",
            "click, INTEGER, LABEL",
            "Clicked, BOOLEAN, LABEL",
            "group, CATEGORY, GROUP",
            "variant, CATEGORY, GROUP",
            "treatment, INTEGER, TREATMENT",
            "UnitPrice, DECIMAL, PRICE",
            "Quantity, INTEGER, QUANTITY",
            "spend, DECIMAL, REVENUE",
            "domain, CATEGORY, DOMAIN",
            "category, CATEGORY, CATEGORY",
    })
    void infersRoleFromName(String header, ColumnType type, ColumnRole expected) {
        assertThat(RoleInference.infer(header, type)).isEqualTo(expected);
    }

    @Test
    void timeLikeNameWithoutTimestampTypeIsFeature() {
        assertThat(RoleInference.infer("date", ColumnType.INTEGER)).isEqualTo(ColumnRole.FEATURE);
        assertThat(RoleInference.infer("InvoiceDate", ColumnType.CATEGORY)).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void anyTimestampColumnIsATimestampRole() {
        assertThat(RoleInference.infer("first_seen", ColumnType.TIMESTAMP)).isEqualTo(ColumnRole.TIMESTAMP);
    }

    @Test
    void unknownNamesAreFeatures() {
        assertThat(RoleInference.infer("Country", ColumnType.CATEGORY)).isEqualTo(ColumnRole.FEATURE);
        assertThat(RoleInference.infer("Description", ColumnType.TEXT)).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void matchingIgnoresCaseAndPunctuation() {
        assertThat(RoleInference.infer("Customer ID", ColumnType.INTEGER)).isEqualTo(ColumnRole.USER_ID);
        assertThat(RoleInference.infer("UNIT-PRICE", ColumnType.DECIMAL)).isEqualTo(ColumnRole.PRICE);
    }
}
