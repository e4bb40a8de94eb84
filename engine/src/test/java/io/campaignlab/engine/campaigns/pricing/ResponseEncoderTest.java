package io.campaignlab.engine.campaigns.pricing;

import io.campaignlab.engine.features.SplitKind;
import io.campaignlab.engine.features.SplitSpec;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ResponseEncoderTest {

    private static final Frame FRAME = Frame.of("t", new long[]{1, 2, 3, 4}, List.of(
            new FrameColumn.Texts("device", new String[]{"mobile", "desktop", "mobile", "tablet"}),
            new FrameColumn.Numbers("orders", new double[]{0, Math.E - 1, 0, 5}),
            new FrameColumn.Numbers("pct", new double[]{0, 5, 7, 10})));

    @Test
    void oneHotForTrainingValuesAndStandardisedLogsFittedOnTrainingRowsOnly() {
        // training rows 0..2: devices {desktop, mobile}; ln(1 + orders) = 0, 1, 0 → mean 1/3, sd √(2/9) = 0.4714045
        ResponseEncoder encoder = ResponseEncoder.fit(FRAME, new int[]{0, 1, 2}, List.of("device"), List.of("orders"));

        double[][] x = encoder.encode(FRAME);

        assertThat(encoder.width()).isEqualTo(3);
        assertThat(x[0]).containsExactly(new double[]{0, 1, -0.7071068}, within(1e-6));
        assertThat(x[1]).containsExactly(new double[]{1, 0, 1.4142136}, within(1e-6));
        // tablet was not in training: no one-hot column set; ln 6 = 1.7917595 → (1.7917595 − 1/3) / 0.4714045
        assertThat(x[3]).containsExactly(new double[]{0, 0, 3.0937890}, within(1e-6));
    }

    @Test
    void aDiscountOffTheMenuIsNamed() {
        DiscountTestSpec spec = new DiscountTestSpec("pct", "orders", List.of("device"), List.of(),
                DiscountMenu.standard(), new SplitSpec(SplitKind.USER, 0.5, 0.25, 1));

        assertThatThrownBy(() -> DynamicDiscount.learn(FRAME, spec)).hasMessageContaining("row 2 has the discount 7.0");
    }
}
