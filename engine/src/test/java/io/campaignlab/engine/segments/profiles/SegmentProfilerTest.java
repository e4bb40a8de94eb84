package io.campaignlab.engine.segments.profiles;

import io.campaignlab.engine.segments.TinyFrames;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Profiles of the two buyers of {@link TinyFrames#events()}, each in a segment of their own, worked by hand. */
class SegmentProfilerTest {

    private final CustomerData data = CustomerLoader.load(TinyFrames.events(),
            SegmentColumns.resolve(TinyFrames.eventsInfo(), null), null);
    private final ProfileReport report = SegmentProfiler.profile(data, new int[]{0, 1}, List.of("one", "two"));

    @Test
    void sizesSharesAndMetricIndices() {
        assertThat(report.customers()).isEqualTo(2);
        SegmentProfile one = report.segment("one");
        assertThat(one.customers()).isEqualTo(1);
        assertThat(one.share()).isEqualTo(0.5);
        // monetary 20 and 40, mean 30; recency 5 and 2, mean 3.5; frequency 1 and 2, mean 1.5
        assertThat(one.metric("monetary").index()).isEqualTo(100 * 20 / 30.0, offset(1e-9));
        assertThat(report.segment("two").metric("monetary").index()).isEqualTo(100 * 40 / 30.0, offset(1e-9));
        assertThat(one.metric("recency_days").index()).isEqualTo(100 * 5 / 3.5, offset(1e-9));
        assertThat(report.segment("two").metric("frequency").mean()).isEqualTo(2.0);
        // average order value: 20 / 1 and 40 / 2, both 20
        assertThat(one.metric("average_order_value").index()).isEqualTo(100.0, offset(1e-9));
        assertThat(report.population()).extracting(MetricIndex::metric).containsExactlyElementsOf(
                SegmentProfiler.METRICS);
        assertThat(report.population().get(2).mean()).isEqualTo(30.0);
    }

    @Test
    void ctrAndConversionAgainstThePopulation() {
        // population: 5 views, 3 clicks, 3 purchases → CTR 0.6, conversion 1.0
        assertThat(report.engagement().ctr()).isEqualTo(0.6, offset(1e-12));
        assertThat(report.engagement().conversion()).isEqualTo(1.0, offset(1e-12));
        Engagement one = report.segment("one").engagement();
        assertThat(one.views()).isEqualTo(3);
        assertThat(one.ctr()).isEqualTo(1 / 3.0, offset(1e-12));
        assertThat(one.ctrIndex()).isEqualTo(100 * (1 / 3.0) / 0.6, offset(1e-9));
        Engagement two = report.segment("two").engagement();
        assertThat(two.ctr()).isEqualTo(1.0, offset(1e-12));
        assertThat(two.conversionIndex()).isEqualTo(100.0, offset(1e-9));
    }

    @Test
    void topCategoriesAndTheShareMatrix() {
        // purchases: one buys shoes; two buys apparel and shoes; overall shoes 2/3, apparel 1/3
        assertThat(report.segment("one").topCategories()).containsExactly(new CategoryShare("shoes", 1.0, 150.0));
        List<CategoryShare> two = report.segment("two").topCategories();
        assertThat(two).extracting(CategoryShare::category).containsExactly("apparel", "shoes");
        assertThat(two.get(0).index()).isEqualTo(150.0, offset(1e-9));
        assertThat(two.get(1).index()).isEqualTo(75.0, offset(1e-9));
        CategoryMatrix matrix = report.categories();
        assertThat(matrix.categories()).containsExactly("shoes", "apparel");
        assertThat(matrix.shares()[0]).containsExactly(1.0, 0.0);
        assertThat(matrix.shares()[1]).containsExactly(0.5, 0.5);
        assertThat(matrix.population()).containsExactly(new double[]{2 / 3.0, 1 / 3.0}, offset(1e-12));
    }

    @Test
    void withoutEventsOrCategoriesThoseAreAbsent() {
        CustomerData tx = CustomerLoader.load(TinyFrames.transactions(),
                SegmentColumns.resolve(TinyFrames.transactionsInfo(), null), null);
        ProfileReport plain = SegmentProfiler.profile(tx, new int[]{0, 0, 1, 1}, List.of("a", "b"));
        assertThat(plain.engagement()).isNull();
        assertThat(plain.categories()).isNull();
        assertThat(plain.segment("a").topCategories()).isEmpty();
        assertThat(plain.segment("a").engagement()).isNull();
    }
}
