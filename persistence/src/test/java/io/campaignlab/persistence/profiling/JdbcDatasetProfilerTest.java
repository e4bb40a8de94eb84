package io.campaignlab.persistence.profiling;

import io.campaignlab.persistence.datasets.JdbcDatasetRepository;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.DatasetProfile;
import io.campaignlab.engine.profiling.HistogramBin;
import io.campaignlab.persistence.importing.JdbcDatasetSink;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Profiles a dataset whose values the test generates, and checks each statistic against textbook formulas. */
class JdbcDatasetProfilerTest {

    static final int ROWS = 5_000;

    @TempDir
    Path dir;
    Workspace workspace;
    JdbcDatasetProfiler profiler;
    double[] amounts = new double[ROWS];
    long[] stars = new long[ROWS];
    String[] cities = new String[ROWS];
    Boolean[] flags = new Boolean[ROWS];

    @BeforeEach
    void createDataset() {
        workspace = Workspace.open(dir);
        profiler = new JdbcDatasetProfiler(workspace.dataSource(), new JdbcDatasetRepository(workspace.dataSource()));
        SplittableRandom random = new SplittableRandom(3);
        List<ColumnMeta> columns = List.of(ColumnMeta.of("amount", ColumnType.DECIMAL, ColumnRole.REVENUE),
                ColumnMeta.of("stars", ColumnType.INTEGER, ColumnRole.FEATURE),
                ColumnMeta.of("city", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("flag", ColumnType.BOOLEAN, ColumnRole.FEATURE),
                ColumnMeta.of("at", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("code", ColumnType.CATEGORY, ColumnRole.ITEM_ID));
        String[] cityNames = {"Leeds", "York", "Bath", "Ely"};
        try (DatasetWriter writer = new JdbcDatasetSink(workspace.dataSource())
                .begin(new DatasetDraft("sample", DatasetKind.TABLE, "test", "0".repeat(64), columns))) {
            for (int i = 0; i < ROWS; i++) {
                amounts[i] = Math.exp(random.nextGaussian());
                stars[i] = 1 + random.nextInt(5);
                cities[i] = i % 10 == 0 ? null : cityNames[Math.min(3, (int) Math.floor(-Math.log(random.nextDouble())))];
                flags[i] = random.nextDouble() < 0.3;
                writer.append(new Object[] {amounts[i], stars[i], cities[i], flags[i],
                        LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(i), "item-" + i});
            }
            writer.commit(0);
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void numericStatisticsMatchTheTextbookFormulas() {
        DatasetProfile profile = profiler.profile("sample", ProgressListener.none(), new CancellationToken());
        ColumnProfile amount = profile.column("amount").orElseThrow();

        double mean = 0;
        for (double a : amounts) {
            mean += a / ROWS;
        }
        double ss = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double a : amounts) {
            ss += (a - mean) * (a - mean);
            min = Math.min(min, a);
            max = Math.max(max, a);
        }
        assertThat(amount.count()).isEqualTo(ROWS);
        assertThat(amount.nulls()).isZero();
        assertThat(amount.mean()).isCloseTo(mean, within(1e-9));
        assertThat(amount.std()).isCloseTo(Math.sqrt(ss / (ROWS - 1)), within(1e-9));
        assertThat(amount.min()).isEqualTo(min);
        assertThat(amount.max()).isEqualTo(max);
        assertThat(amount.histogram()).hasSize(20);
        assertThat(amount.histogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(ROWS);
        long inFirstBin = 0;
        double width = (max - min) / 20;
        for (double a : amounts) {
            if (a < min + width) {
                inFirstBin++;
            }
        }
        assertThat(amount.histogram().get(0).count()).isEqualTo(inFirstBin);
    }

    @Test
    void smallIntegerColumnsGetOneBarPerValue() {
        ColumnProfile stars = profiler.profile("sample", ProgressListener.none(), new CancellationToken())
                .column("stars").orElseThrow();

        assertThat(stars.distinct()).isEqualTo(5);
        assertThat(stars.histogram()).extracting(HistogramBin::lower).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        long threes = java.util.Arrays.stream(this.stars).filter(s -> s == 3).count();
        assertThat(stars.histogram().get(2).count()).isEqualTo(threes);
    }

    @Test
    void categoriesCountNullsDistinctAndTopValues() {
        ColumnProfile city = profiler.profile("sample", ProgressListener.none(), new CancellationToken())
                .column("city").orElseThrow();

        long nulls = java.util.Arrays.stream(cities).filter(c -> c == null).count();
        long leeds = java.util.Arrays.stream(cities).filter("Leeds"::equals).count();
        assertThat(city.nulls()).isEqualTo(nulls).isEqualTo(ROWS / 10);
        assertThat(city.distinct()).isEqualTo(4);
        assertThat(city.topValues().get(0).value()).isEqualTo("Leeds");
        assertThat(city.topValues().get(0).count()).isEqualTo(leeds);
        assertThat(city.histogram()).isEmpty();
    }

    @Test
    void booleansReportTheShareOfTrueAndTimesTheirRange() {
        DatasetProfile profile = profiler.profile("sample", ProgressListener.none(), new CancellationToken());

        long trues = java.util.Arrays.stream(flags).filter(Boolean::booleanValue).count();
        assertThat(profile.column("flag").orElseThrow().mean()).isCloseTo((double) trues / ROWS, within(1e-12));
        ColumnProfile at = profile.column("at").orElseThrow();
        assertThat(at.minText()).isEqualTo("2024-01-01T00:00");
        assertThat(at.maxText()).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(ROWS - 1).toString());
        assertThat(at.histogram().stream().mapToLong(HistogramBin::count).sum()).isEqualTo(ROWS);
    }

    @Test
    void uniqueColumnsCountExactlyAndSkipTopValuesOnlyWhenLarge() {
        ColumnProfile code = profiler.profile("sample", ProgressListener.none(), new CancellationToken())
                .column("code").orElseThrow();

        Set<String> expected = new HashSet<>();
        for (int i = 0; i < ROWS; i++) {
            expected.add("item-" + i);
        }
        assertThat(code.distinct()).isEqualTo(expected.size());
        assertThat(code.distinctExact()).isTrue();
    }

    @Test
    void theProfileIsStoredForLaterAndACancelStopsIt() {
        DatasetProfile computed = profiler.profile("sample", ProgressListener.none(), new CancellationToken());
        assertThat(profiler.stored("sample")).contains(computed);

        CancellationToken cancelled = new CancellationToken();
        cancelled.cancel();
        assertThatThrownBy(() -> profiler.profile("sample", ProgressListener.none(), cancelled))
                .isInstanceOf(CancelledException.class);
    }
}
