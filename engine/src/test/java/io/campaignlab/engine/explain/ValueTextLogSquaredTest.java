package io.campaignlab.engine.explain;

import io.campaignlab.engine.features.FittedFields;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValueTextLogSquaredTest {

    @Test
    void logSquaredRowsReadAsTheirCategories() {
        FittedFields.LogSquared field = new FittedFields.LogSquared("i1", "i1", List.of("ln2:5", "x=1", "x=-1"));
        assertThat(ValueText.label(field, 0)).isEqualTo("(missing)");
        assertThat(ValueText.label(field, 1)).isEqualTo("(unseen)");
        assertThat(ValueText.label(field, 2)).isEqualTo("⌊ln² x⌋ = 5");
        assertThat(ValueText.label(field, 3)).isEqualTo("x = 1");
        assertThat(ValueText.label(field, 4)).isEqualTo("x = -1");
    }
}
