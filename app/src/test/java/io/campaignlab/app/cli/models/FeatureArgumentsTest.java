package io.campaignlab.app.cli.models;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.features.FieldKind;
import io.campaignlab.engine.features.FieldSpec;
import io.campaignlab.engine.features.NumericTransform;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureArgumentsTest {

    static final DatasetInfo DATASET = new DatasetInfo(1, "criteo", DatasetKind.TABLE, "criteo.csv", "ab".repeat(32),
            10, 0, Instant.EPOCH, List.of(ColumnMeta.of("label", ColumnType.INTEGER, ColumnRole.LABEL),
            ColumnMeta.of("i1", ColumnType.INTEGER, ColumnRole.FEATURE)));

    static FieldSpec only(String features) {
        return FeatureArguments.parse(features, DATASET, List.of("label"), null).fields().get(0);
    }

    @Test
    void logsqIsTheLogSquaredTransformWithAnOptionalMinCount() {
        FieldSpec plain = only("i1:logsq");
        assertThat(plain.kind()).isEqualTo(FieldKind.NUMERIC);
        assertThat(plain.transform()).isEqualTo(NumericTransform.LOG_SQUARED);
        assertThat(plain.minCount()).isEqualTo(FieldSpec.DEFAULT_MIN_COUNT);
        assertThat(only("i1:logsq=1").minCount()).isEqualTo(1);
        assertThat(only("i1:logsq=1").describe()).isEqualTo("i1: logsq(min 1)");
    }

    @Test
    void anUnknownTransformNamesTheChoicesLogsqAmongThem() {
        assertThatThrownBy(() -> only("i1:logsquared"))
                .hasMessageContaining("logsquared").hasMessageContaining("logsq,");
    }
}
