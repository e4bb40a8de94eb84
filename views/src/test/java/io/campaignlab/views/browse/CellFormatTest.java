package io.campaignlab.views.browse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class CellFormatTest {

    @Test
    void writesValuesPlainly() {
        assertThat(CellFormat.format(null)).isEmpty();
        assertThat(CellFormat.format(12345L)).isEqualTo("12345");
        assertThat(CellFormat.format(12.50)).isEqualTo("12.5");
        assertThat(CellFormat.format(125.0)).isEqualTo("125");
        assertThat(CellFormat.format(0.0000001)).isEqualTo("0.0000001");
        assertThat(CellFormat.format(Double.NaN)).isEqualTo("NaN");
        assertThat(CellFormat.format(new BigDecimal("3.1400"))).isEqualTo("3.14");
        assertThat(CellFormat.format(true)).isEqualTo("true");
    }

    @Test
    void writesTimestampsAsIsoWithASpace() {
        assertThat(CellFormat.format(LocalDateTime.of(2025, 1, 2, 3, 4))).isEqualTo("2025-01-02 03:04:00");
        assertThat(CellFormat.format(LocalDateTime.of(2025, 1, 2, 3, 4, 5, 120_000_000)))
                .isEqualTo("2025-01-02 03:04:05.120");
    }
}
