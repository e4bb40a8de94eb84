package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.DatasetDraft;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates the six demo datasets of a {@link SimulationSpec} and writes them, one after the other, to a
 * {@link DatasetSink}: {@code users}, {@code items}, {@code events}, {@code impressions},
 * {@code campaign_exposures} and {@code discount_test}, each name preceded by the job's prefix. Users and items are
 * held in memory; events, impressions, exposures and the discount test stream user by user into the writer.
 *
 * <p>Every dataset draws from its own {@link SplittableRandom}, seeded from the spec's seed and the dataset, so the
 * same spec always gives the same rows. A dataset's SHA-256 is that of its canonical description
 * {@code campaign-lab-simulator v1|users=N|days=D|seed=S|start=YYYY-MM-DD|impressionsPerUser=X|dataset=NAME}: the
 * draft needs it before the first row is written, and since generation is deterministic the description identifies
 * the rows exactly. A dataset that a {@link DriftSpec} changes (only {@code impressions}) adds
 * {@code |drift=}{@link DriftSpec#describe()} to its description and {@code ,drift=...} to its source; without drift
 * both are exactly as before drift could be planted.
 *
 * <p>The discount test ({@link DiscountTestGenerator}) came last and draws from a stream of its own, so the five
 * datasets before it are row for row what they were without it, under the same SHA-256.
 *
 * <p>All six datasets are committed together at the end: a cancel or a failure aborts every one of them, so a
 * workspace never holds half a simulation.
 */
public final class SimulationJob implements Job<SimulationResult> {

    static final String USERS = "users";
    static final String ITEMS = "items";
    static final String EVENTS = "events";
    static final String IMPRESSIONS = "impressions";
    static final String EXPOSURES = "campaign_exposures";
    static final String DISCOUNT_TEST = "discount_test";

    private static final String GENERATOR_VERSION = "campaign-lab-simulator v3";
    private static final int CHECK_EVERY = 1_024;

    private final SimulationSpec spec;
    private final DatasetSink sink;
    private final String namePrefix;

    /**
     * @param spec       what to simulate
     * @param sink       where the datasets go
     * @param namePrefix put before every dataset name; "" gives exactly {@code users}, {@code items} and so on
     */
    public SimulationJob(SimulationSpec spec, DatasetSink sink, String namePrefix) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.namePrefix = Objects.requireNonNull(namePrefix, "namePrefix");
    }

    @Override
    public String kind() {
        return "simulate";
    }

    @Override
    public String title() {
        return String.format(Locale.ROOT, "Simulate %,d users over %d days (seed %d)", spec.users(), spec.days(),
                spec.seed()) + (spec.drift() == null ? "" : ", drift after day " + spec.drift().afterDays());
    }

    @Override
    public SimulationResult run(ProgressListener progress, CancellationToken cancel) {
        long started = System.nanoTime();
        LocalDateTime start = spec.start().atStartOfDay();
        DailyRhythm rhythm = new DailyRhythm(start, spec.days());
        progress.message("Drawing users and items");
        List<SimUser> users = UserGenerator.generate(spec.users(), start, stream(USERS));
        ItemCatalog catalog = ItemCatalog.generate(ItemCatalog.sizeFor(spec.users()), stream(ITEMS));
        EventGenerator events = new EventGenerator(catalog, rhythm, spec.days(), stream(EVENTS));
        ImpressionGenerator impressions =
                new ImpressionGenerator(catalog, rhythm, spec.impressionsPerUser(), stream(IMPRESSIONS),
                        stream(IMPRESSIONS + ".purchases"),
                        ImpressionDrift.of(spec.drift(), stream(IMPRESSIONS + ".drift")));
        ExposureGenerator exposures = new ExposureGenerator(rhythm, stream(EXPOSURES));
        DiscountTestGenerator discounts = new DiscountTestGenerator(catalog, rhythm, stream(DISCOUNT_TEST));

        Writing writing = new Writing(progress, cancel, 5L * users.size() + catalog.size());
        List<DatasetWriter> open = new ArrayList<>();
        List<DatasetInfo> written = new ArrayList<>();
        try {
            open.add(writing.write(USERS, DatasetKind.TABLE, UserGenerator.columns(), users.size(),
                    (i, out) -> out.accept(UserGenerator.row(users.get(i)))));
            open.add(writing.write(ITEMS, DatasetKind.TABLE, ItemCatalog.columns(), catalog.size(),
                    (i, out) -> out.accept(catalog.row(i))));
            open.add(writing.write(EVENTS, DatasetKind.EVENTS, EventGenerator.columns(), users.size(),
                    (i, out) -> events.emit(users.get(i), out)));
            open.add(writing.write(IMPRESSIONS, DatasetKind.IMPRESSIONS, ImpressionGenerator.columns(), users.size(),
                    (i, out) -> impressions.emit(users.get(i), out)));
            open.add(writing.write(EXPOSURES, DatasetKind.EXPERIMENT, ExposureGenerator.columns(), users.size(),
                    (i, out) -> out.accept(exposures.row(users.get(i)))));
            open.add(writing.write(DISCOUNT_TEST, DatasetKind.EXPERIMENT, DiscountTestGenerator.columns(),
                    users.size(), (i, out) -> out.accept(discounts.row(users.get(i)))));
            cancel.throwIfCancelled();
            for (DatasetWriter writer : open) {
                DatasetInfo info = writer.commit(0);
                written.add(info);
                progress.message(String.format(Locale.ROOT, "%s: %,d rows", info.name(), info.rows()));
            }
        } finally {
            for (DatasetWriter writer : open) {
                writer.close();
            }
        }
        PlantedDrift drift = spec.drift() == null ? null : PlantedDrift.of(spec, namePrefix + IMPRESSIONS);
        return new SimulationResult(written, (System.nanoTime() - started) / 1e9, drift);
    }

    /** Whether the spec's drift changes this dataset: only the impressions ever drift. */
    private boolean drifts(String dataset) {
        return spec.drift() != null && dataset.equals(IMPRESSIONS);
    }

    /** An independent random stream for one dataset: a seed mixed from the spec's seed and the dataset's name. */
    private SplittableRandom stream(String dataset) {
        return new SplittableRandom(mix(spec.seed() ^ mix(dataset.hashCode())));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private String sha256(String dataset) {
        String description = String.format(Locale.ROOT,
                "%s|users=%d|days=%d|seed=%d|start=%s|impressionsPerUser=%s|dataset=%s", GENERATOR_VERSION,
                spec.users(), spec.days(), spec.seed(), spec.start(), spec.impressionsPerUser(), dataset)
                + (drifts(dataset) ? "|drift=" + spec.drift().describe() : "");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(description.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Writes the rows of one unit of work (a user or an item). */
    @FunctionalInterface
    private interface UnitRows {
        void emit(int unit, Consumer<Object[]> out);
    }

    /** Writes datasets one after the other, reporting progress over all of them and checking for a cancel. */
    private final class Writing {

        private final ProgressListener progress;
        private final CancellationToken cancel;
        private final long totalUnits;
        private long unitsDone;

        Writing(ProgressListener progress, CancellationToken cancel, long totalUnits) {
            this.progress = progress;
            this.cancel = cancel;
            this.totalUnits = totalUnits;
        }

        /** Begins a dataset and fills it; the caller commits or closes the returned writer. */
        DatasetWriter write(String dataset, DatasetKind kind, List<ColumnMeta> columns, int units, UnitRows rows) {
            String name = namePrefix + dataset;
            String source = "simulator:seed=" + spec.seed() + ",users=" + spec.users() + ",days=" + spec.days()
                    + (drifts(dataset) ? ",drift=" + spec.drift().describe() : "");
            progress.message("Writing " + name);
            DatasetWriter writer = sink.begin(new DatasetDraft(name, kind, source, sha256(dataset), columns));
            try {
                Consumer<Object[]> out = writer::append;
                for (int unit = 0; unit < units; unit++) {
                    if (unit % CHECK_EVERY == 0) {
                        cancel.throwIfCancelled();
                        progress.progress(unitsDone + unit, totalUnits);
                    }
                    rows.emit(unit, out);
                }
                unitsDone += units;
                progress.progress(unitsDone, totalUnits);
                return writer;
            } catch (RuntimeException | Error e) {
                writer.close();
                throw e;
            }
        }
    }
}
