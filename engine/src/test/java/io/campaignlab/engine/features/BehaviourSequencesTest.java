package io.campaignlab.engine.features;

import io.campaignlab.engine.features.BehaviourAggregates.EventLog;
import io.campaignlab.engine.features.BehaviourAggregates.ExampleLog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BehaviourSequencesTest {

    @Test
    void keepsTheLastEventsStrictlyBeforeEachExampleThenTheTarget() {
        // user 1: items 10..14 at t = 1, 2, 2, 3, 5 (the two at t = 2 in log order: 11 then 12)
        EventLog events = new EventLog(new long[]{1, 1, 1, 1, 1, 2}, new long[]{10, 11, 12, 13, 14, 20},
                new String[]{"view", "view", "click", "view", "purchase", "view"},
                new String[]{"A", "B", "C", null, "E", "F"}, new long[]{1, 2, 2, 3, 5, 7});
        ExampleLog examples = new ExampleLog(new long[]{1, 1, 1, 2, 3}, new long[]{99, 98, 97, 96, 95},
                new String[]{"Z", "Y", null, "X", "W"}, new long[]{3, 10, 1, 7, 4}, null);

        BehaviourSequences.Sequences s = BehaviourSequences.compute(examples, events, 2, null);

        // at t = 3 the event at t = 3 (item 13) is not yet history
        assertThat(s.items()).containsExactly("11|12|99", "13|14|98", "97", "96", "95");
        assertThat(s.categories()).containsExactly("B|C|Z", "|E|Y", "", "X", "W");
    }

    @Test
    void itsCategoriesAreTheLastCategoriesTheAggregatesComputeWhenEveryEventHasOne() {
        SplittableRandom rng = new SplittableRandom(5);
        int m = 4000;
        int n = 3000;
        long[] evUsers = new long[m];
        long[] evItems = new long[m];
        String[] evTypes = new String[m];
        String[] evCats = new String[m];
        long[] evTimes = new long[m];
        for (int j = 0; j < m; j++) {
            evUsers[j] = rng.nextInt(200);
            evItems[j] = rng.nextInt(50);
            evTypes[j] = "view";
            evCats[j] = "c" + rng.nextInt(7);
            evTimes[j] = rng.nextInt(1000);
        }
        long[] users = new long[n];
        long[] items = new long[n];
        String[] cats = new String[n];
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            users[i] = rng.nextInt(220);
            items[i] = rng.nextInt(50);
            cats[i] = "c" + rng.nextInt(7);
            times[i] = rng.nextInt(1000);
        }
        ExampleLog examples = new ExampleLog(users, items, cats, times, null);
        EventLog events = new EventLog(evUsers, evItems, evTypes, evCats, evTimes);
        int length = 6;
        BehaviourSequences.Sequences s = BehaviourSequences.compute(examples, events, length, null);
        String[] last = BehaviourAggregates.compute(examples, events, length, null).lastCategories();
        for (int i = 0; i < n; i++) {
            String history = s.categories()[i].substring(0, Math.max(0, s.categories()[i].lastIndexOf('|')));
            assertThat(history).as("row %d", i).isEqualTo(last[i] == null ? "" : last[i]);
            assertThat(s.items()[i]).endsWith(String.valueOf(items[i]));
        }
    }

    @Test
    void theSequenceFieldsGoLastAndNeedEvents() {
        FeatureSpec plain = new FeatureSpec(List.of(FieldSpec.categorical("item")), new BehaviourSpec("events", 5));
        FeatureSpec spec = BehaviourSequences.withSequence(plain, 4);
        assertThat(spec.fields()).extracting(FieldSpec::column)
                .containsExactly("item", BehaviourSequences.ITEMS, BehaviourSequences.CATEGORIES);
        assertThat(BehaviourSequences.length(spec)).isEqualTo(4);
        assertThat(BehaviourSequences.endsWithSequence(spec)).isTrue();
        assertThat(BehaviourSequences.length(BehaviourSequences.withSequence(spec, 7))).isEqualTo(7);
        assertThat(spec.datasetColumns()).containsExactly("item");
        assertThatThrownBy(() -> BehaviourSequences.withSequence(new FeatureSpec(plain.fields(), null), 4))
                .hasMessageContaining("--behaviour");
        assertThatThrownBy(() -> BehaviourSequences.withSequence(plain, 0)).hasMessageContaining("between 1");
    }
}
