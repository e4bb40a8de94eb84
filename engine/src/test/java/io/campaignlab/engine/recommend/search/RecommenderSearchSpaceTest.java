package io.campaignlab.engine.recommend.search;

import io.campaignlab.engine.recommend.RecommenderKind;
import io.campaignlab.engine.runs.ReportJson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-line description of a recommender trial's settings, as the Search tab and the CLI print it. */
class RecommenderSearchSpaceTest {

    @Test
    void describesEachFamilysSettingsInAFixedOrderWithPlainNumbers() {
        Map<String, Object> als = new LinkedHashMap<>();
        als.put("factors", 64);
        als.put("alpha", 1.0);
        als.put("regularization", 20.0);
        assertThat(RecommenderSearchSpace.describe(als)).isEqualTo("λ 20 · α 1 · 64 factors");
        assertThat(RecommenderSearchSpace.describe(Map.of("l2", 0.003, "factors", 32)))
                .isEqualTo("32 factors · L2 0.003");
        assertThat(RecommenderSearchSpace.describe(Map.of("neighbours", 100, "shrinkage", 0.0)))
                .isEqualTo("100 neighbours · shrinkage 0");
        assertThat(RecommenderSearchSpace.describe(Map.of("sourceWeight", 0.3, "regularization", 50.0)))
                .isEqualTo("source weight 0.3 · λ 50");
        assertThat(RecommenderSearchSpace.describe(Map.of("alpha", 0.3, "cgSteps", 3)))
                .isEqualTo("α 0.3 · cgSteps 3");
        assertThat(RecommenderSearchSpace.describe(Map.of())).isEqualTo("defaults");
    }

    @Test
    void describesTheSameAfterAJsonRoundTrip() {
        // a stored search reads numbers back as Integer or Double, whatever they were written as
        Map<String, Object> point = RecommenderSearchSpace.of(RecommenderKind.ALS).point(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> read = ReportJson.read(ReportJson.write(point), Map.class);
        assertThat(RecommenderSearchSpace.describe(read)).isEqualTo("λ 50 · α 1 · 64 factors")
                .isEqualTo(RecommenderSearchSpace.describe(point));
    }
}
