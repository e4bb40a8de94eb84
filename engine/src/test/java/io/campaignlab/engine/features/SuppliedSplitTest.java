package io.campaignlab.engine.features;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.models.ModelJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Supplied splits: a split column's parts, two-way cuts of the training dataset, specs old and new, schema checks. */
class SuppliedSplitTest {

    private static final long DAY = 86_400_000L;

    @Test
    void aColumnSplitPutsExactlyTheLabelledRowsInEachPart() {
        Random random = new Random(5);
        String[][] spellings = {{"train", "TRAIN", " Train "}, {"valid", "Validation", "val"}, {"test", "Test"}};
        int n = 500;
        String[] values = new String[n];
        List<List<Integer>> expected = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < n; i++) {
            int part = random.nextInt(10) < 6 ? 0 : random.nextBoolean() ? 1 : 2;
            values[i] = spellings[part][random.nextInt(spellings[part].length)];
            expected.get(part).add(i);
        }
        Frame frame = frame("fold", values);

        byte[] parts = SplitColumn.parts(frame, "fold");
        SplitIndices split = Splitter.split(SplitSpec.byColumn("fold", 1), n, null, null, null, parts);

        assertThat(split.train()).containsExactly(expected.get(0).stream().mapToInt(i -> i).toArray());
        assertThat(split.validation()).containsExactly(expected.get(1).stream().mapToInt(i -> i).toArray());
        assertThat(split.test()).containsExactly(expected.get(2).stream().mapToInt(i -> i).toArray());
        assertThat(expected.get(0).size() + expected.get(1).size() + expected.get(2).size()).isEqualTo(n);
    }

    @Test
    void aValueOtherThanAPartIsRefusedWithItsRowColumnAndValue() {
        Frame frame = frame("fold", new String[]{"train", "valid", "tset", "test", "", null, "train"});

        assertThatThrownBy(() -> SplitColumn.parts(frame, "fold")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("split column fold of d must hold train, valid or test, but row 13 holds 'tset'"
                        + " (and 2 more rows hold other values)");
        Frame one = frame("fold", new String[]{"train", "holdout", "test", "valid"});
        assertThatThrownBy(() -> SplitColumn.parts(one, "fold"))
                .hasMessage("split column fold of d must hold train, valid or test, but row 12 holds 'holdout'");
    }

    @Test
    void anEmptyPartIsRefusedByName() {
        Frame frame = frame("fold", new String[]{"train", "train", "test"});

        assertThatThrownBy(() -> SplitColumn.parts(frame, "fold"))
                .hasMessage("the valid part of the split is empty: no row of d has valid in split column fold"
                        + " (train 2, valid 0, test 1 rows)");
        Frame numbers = Frame.of("d", new long[]{1}, List.of(new FrameColumn.Numbers("fold", new double[]{1})));
        assertThatThrownBy(() -> SplitColumn.parts(numbers, "fold")).hasMessageContaining("must hold text");
    }

    @Test
    void withATestDatasetTheTrainingRowsAreCutIntoTrainAndValidationOnly() {
        int open = 400;
        int n = open + 100;
        byte[] fixed = new byte[n];
        double[] labels = new double[n];
        long[] times = new long[n];
        long[] users = new long[n];
        Random random = new Random(3);
        for (int i = 0; i < n; i++) {
            fixed[i] = i < open ? Splitter.OPEN : 2;
            labels[i] = random.nextInt(4) == 0 ? 1 : 0;
            times[i] = i < open ? (i % 20) * DAY + 1000 : 0; // 20 days among the open rows
            users[i] = i < open ? i % 50 : -1;
        }
        for (SplitKind kind : new SplitKind[]{SplitKind.RANDOM, SplitKind.TIME, SplitKind.USER}) {
            SplitSpec spec = SplitSpec.of(kind, 9).withDatasets(null, "t");
            SplitIndices split = Splitter.split(spec, n, labels, times, users, fixed);

            assertThat(split.test()).as(kind.id()).containsExactly(java.util.stream.IntStream.range(open, n)
                    .toArray());
            assertThat(split.train().length + split.validation().length).as(kind.id()).isEqualTo(open);
            assertThat(split.validation().length).as(kind.id() + ": about 10% of the training dataset validates")
                    .isBetween(30, 50);
            if (kind == SplitKind.TIME) {
                long lastTrain = 0;
                for (int r : split.train()) {
                    lastTrain = Math.max(lastTrain, times[r]);
                }
                for (int r : split.validation()) {
                    assertThat(times[r]).isGreaterThan(lastTrain);
                }
            }
            if (kind == SplitKind.USER) {
                Set<Long> trainUsers = new HashSet<>();
                for (int r : split.train()) {
                    trainUsers.add(users[r]);
                }
                for (int r : split.validation()) {
                    assertThat(trainUsers).doesNotContain(users[r]);
                }
            }
        }
    }

    @Test
    void aStoredSplitFromBeforeSuppliedSplitsReadsAsBeforeAndPlainSplitsWriteTheSameJson() {
        String old = "{\"kind\":\"RANDOM\",\"trainShare\":0.8,\"valShare\":0.1,\"seed\":42}";

        SplitSpec read = ModelJson.read(old, SplitSpec.class);

        assertThat(read).isEqualTo(SplitSpec.of(SplitKind.RANDOM, 42));
        assertThat(read.column()).isNull();
        assertThat(read.testDataset()).isNull();
        assertThat(ModelJson.write(read)).isEqualTo("{\"kind\":\"RANDOM\",\"trainShare\":0.8,\"valShare\":0.1,"
                + "\"seed\":42}");
        SplitSpec time = ModelJson.read("{\"kind\":\"TIME\",\"trainShare\":0.7,\"valShare\":0.2,\"seed\":1}",
                SplitSpec.class);
        assertThat(time).isEqualTo(new SplitSpec(SplitKind.TIME, 0.7, 0.2, 1));
    }

    @Test
    void suppliedSplitsSurviveTheProvenanceRoundTrip() {
        for (SplitSpec spec : List.of(SplitSpec.byColumn("fold", 3),
                SplitSpec.of(SplitKind.TIME, 4).withDatasets(null, "test_file"),
                SplitSpec.of(SplitKind.RANDOM, 5).withDatasets("valid_file", "test_file"))) {
            String json = ModelJson.write(spec);

            assertThat(ModelJson.read(json, SplitSpec.class)).isEqualTo(spec);
        }
        assertThat(ModelJson.write(SplitSpec.byColumn("fold", 3))).contains("\"column\":\"fold\"")
                .doesNotContain("testDataset");
        assertThat(SplitSpec.of(SplitKind.RANDOM, 5).withDatasets("v", "t").describe())
                .isEqualTo("the training dataset trains whole, validation dataset v, test dataset t");
    }

    @Test
    void impossibleSplitsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new SplitSpec(SplitKind.COLUMN, 0.8, 0.1, 1, null, null, null))
                .hasMessageContaining("needs the column");
        assertThatThrownBy(() -> SplitSpec.of(SplitKind.RANDOM, 1).withDatasets("v", null))
                .hasMessageContaining("validation dataset (v) needs a test dataset too");
        assertThatThrownBy(() -> SplitSpec.byColumn("fold", 1).withDatasets(null, "t"))
                .hasMessageContaining("takes all three parts from column fold");
        assertThatThrownBy(() -> SplitSpec.of(SplitKind.RANDOM, 1).withDatasets("t", "t"))
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> Splitter.split(SplitSpec.byColumn("fold", 1), 3, null, null, null))
                .hasMessageContaining("column fold");
    }

    @Test
    void aSuppliedDatasetMustHaveTheFeatureAndLabelColumnsOfTheTrainingDataset() {
        DatasetInfo train = info("train", ColumnMeta.of("x1", ColumnType.DECIMAL, ColumnRole.FEATURE),
                ColumnMeta.of("x2", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("site", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("clicked", ColumnType.INTEGER, ColumnRole.LABEL));
        DatasetInfo test = info("test", ColumnMeta.of("x2", ColumnType.BOOLEAN, ColumnRole.FEATURE),
                ColumnMeta.of("site", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("other", ColumnType.TEXT, ColumnRole.FEATURE));
        List<String> read = List.of("x1", "x2", "site", "clicked");

        assertThatThrownBy(() -> SuppliedDatasets.requireSameColumns(train, test, "test", read))
                .hasMessage("the test dataset test must have the feature and label columns of the training dataset"
                        + " train, but it lacks columns x1, clicked and has column site (integer there, category in"
                        + " train) of another type");
        DatasetInfo same = info("same", ColumnMeta.of("x1", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("x2", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("site", ColumnType.TEXT, ColumnRole.FEATURE),
                ColumnMeta.of("clicked", ColumnType.BOOLEAN, ColumnRole.LABEL));
        SuppliedDatasets.requireSameColumns(train, same, "validation", read);
    }

    @Test
    void framesConcatenateRowsAndKeepTheSharedColumns() {
        Frame a = Frame.of("a", new long[]{1, 2}, List.of(new FrameColumn.Numbers("x", new double[]{1, 2}),
                new FrameColumn.Texts("only_a", new String[]{"p", "q"})));
        Frame b = Frame.of("b", new long[]{1}, List.of(new FrameColumn.Numbers("x", new double[]{3})));

        Frame both = Frame.concat("a", List.of(a, b));

        assertThat(both.rowIds()).containsExactly(1, 2, 1);
        assertThat(both.numbers("x")).containsExactly(1, 2, 3);
        assertThat(both.has("only_a")).isFalse();
        Frame text = Frame.of("c", new long[]{1}, List.of(new FrameColumn.Texts("x", new String[]{"3"})));
        assertThatThrownBy(() -> Frame.concat("a", List.of(a, text)))
                .hasMessage("column x holds numbers in one dataset and text in another");
    }

    private static Frame frame(String column, String[] values) {
        long[] ids = new long[values.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 10 + i + 1;
        }
        return Frame.of("d", ids, List.of(new FrameColumn.Texts(column, values)));
    }

    private static DatasetInfo info(String name, ColumnMeta... columns) {
        return new DatasetInfo(1, name, DatasetKind.TABLE, name + ".csv", "0", 10, 0, Instant.EPOCH,
                List.of(columns));
    }
}
