package io.campaignlab.persistence.realdata;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.ImportJob;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.engine.importing.ImportSpec;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.DatasetProfile;
import io.campaignlab.engine.profiling.ValueCount;
import io.campaignlab.persistence.datasets.JdbcDatasetRepository;
import io.campaignlab.persistence.importing.JdbcDatasetSink;
import io.campaignlab.persistence.profiling.JdbcDatasetProfiler;
import io.campaignlab.persistence.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real file in {@code ../shared/data} imports with each line loaded or rejected, and nothing silently
 * dropped. Line counts are taken from the raw bytes here, independently of the parser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDataImportTest {

    Workspace workspace;
    JdbcDatasetRepository datasets;

    @BeforeAll
    void open(@TempDir Path dir) {
        workspace = Workspace.open(dir.resolve("ws"));
        datasets = new JdbcDatasetRepository(workspace.dataSource());
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    private final Map<Path, ImportResult> imported = new java.util.HashMap<>();

    /** Imports each file once per class: a second import of the same bytes is refused as a duplicate. */
    ImportResult importFile(Path file, String name) {
        return imported.computeIfAbsent(file, f -> importNow(f, name));
    }

    ImportResult importNow(Path file, String name) {
        return new ImportJob(ImportPlanner.plan(ImportSpec.builder().setFile(file).setName(name).build()),
                new JdbcDatasetSink(workspace.dataSource()), datasets).run(ProgressListener.none(), new CancellationToken());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "hillstrom/hillstrom.csv, 1, 12",
            "online-retail/online_retail.csv.gz, 1, 8",
            "criteo-10k/criteo_sampled_data_10k.csv, 1, 40",
            "yoochoose-100k/yoochoose-clicks-100k_train_full.txt, 1, 3",
            "yoochoose-100k/yoochoose-clicks-100k_test.txt, 1, 3",
            "amazon-cdr/game_video/train.txt, 0, 2",
            "deepctr-samples/criteo_sample.txt, 1, 40",
            "deepctr-samples/avazu_sample.txt, 1, 24",
            "deepctr-samples/movielens_sample.txt, 1, 10",
            "deepctr-samples/alimama_sample.txt, 1, -1"})
    void everyLineIsLoadedOrRejected(String relative, int headerLines, int columns) throws IOException {
        Path file = SharedData.require(relative);
        long dataLines = lines(file) - headerLines;

        ImportResult result = importFile(file, relative.replaceAll("[^a-z0-9]", "_"));

        assertThat(result.rows() + result.rejected()).isEqualTo(dataLines);
        assertThat(result.rejected()).as("rejected rows").isZero();
        assertThat(result.plan().dialect().header()).isEqualTo(headerLines == 1);
        if (columns > 0) {
            assertThat(result.dataset().columns()).hasSize(columns);
        }
    }

    @Test
    void hillstromHas64000RowsAndThreeSegments() {
        Path file = SharedData.require("hillstrom/hillstrom.csv");
        String name = importFile(file, "hillstrom").dataset().name();

        DatasetProfile profile = new JdbcDatasetProfiler(workspace.dataSource(),
                new JdbcDatasetRepository(workspace.dataSource()))
                .profile(name, ProgressListener.none(), new CancellationToken());

        assertThat(profile.rows()).isEqualTo(64_000);
        ColumnProfile segment = profile.column("segment").orElseThrow();
        assertThat(segment.distinct()).isEqualTo(3);
        assertThat(segment.distinctExact()).isTrue();
        Map<String, Long> arms = segment.topValues().stream().collect(Collectors.toMap(ValueCount::value, ValueCount::count));
        assertThat(arms).containsExactlyInAnyOrderEntriesOf(Map.of("Mens E-Mail", 21_307L, "Womens E-Mail", 21_387L,
                "No E-Mail", 21_306L));
        ColumnProfile visit = profile.column("visit").orElseThrow();
        assertThat(visit.mean()).isCloseTo((0.1828 * 21_307 + 0.1514 * 21_387 + 0.1062 * 21_306) / 64_000,
                org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void onlineRetailKeepsCancellationsMissingCustomersAndNegativePrices() {
        Path file = SharedData.require("online-retail/online_retail.csv.gz");
        ImportResult result = importFile(file, "retail");

        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.TRANSACTIONS);
        assertThat(result.dataset().column("InvoiceDate").map(ColumnMeta::type)).contains(ColumnType.TIMESTAMP);
        assertThat(result.dataset().column("CustomerID").map(ColumnMeta::role)).contains(ColumnRole.USER_ID);
        DatasetProfile profile = new JdbcDatasetProfiler(workspace.dataSource(),
                new JdbcDatasetRepository(workspace.dataSource()))
                .profile(result.dataset().name(), ProgressListener.none(), new CancellationToken());
        assertThat(profile.column("customer_id").orElseThrow().nulls()).isBetween(130_000L, 140_000L);
        assertThat(profile.column("quantity").orElseThrow().min()).isNegative();
        assertThat(profile.column("unit_price").orElseThrow().min()).isNegative();
    }

    @Test
    void yoochooseTimesAreFractionalUnixSeconds() {
        Path file = SharedData.require("yoochoose-100k/yoochoose-clicks-100k_train_full.txt");
        ImportResult result = importFile(file, "yoochoose");

        assertThat(result.plan().dialect().delimiter()).isEqualTo('\t');
        ColumnMeta time = result.dataset().column("Time").orElseThrow();
        assertThat(time.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(time.format()).isEqualTo("unix_s");
        assertThat(result.dataset().kind()).isEqualTo(DatasetKind.EVENTS);
    }

    /** Newline-terminated lines in the (decompressed) file, counted from raw bytes; a last line without one counts. */
    static long lines(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
                byte[] buffer = new byte[1 << 16];
                long count = 0;
                int last = '\n';
                int n;
                while ((n = in.read(buffer)) > 0) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            count++;
                        }
                    }
                    last = buffer[n - 1];
                }
                return last == '\n' ? count : count + 1;
            }
        }
    }
}
