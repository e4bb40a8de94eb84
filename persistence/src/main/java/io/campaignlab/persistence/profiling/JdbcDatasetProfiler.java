package io.campaignlab.persistence.profiling;

import io.campaignlab.engine.datasets.DatasetRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.json.Json;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.profiling.ColumnProfile;
import io.campaignlab.engine.profiling.DatasetProfile;
import io.campaignlab.engine.profiling.DatasetProfiler;
import io.campaignlab.engine.profiling.DistinctCounter;
import io.campaignlab.engine.profiling.HistogramAccumulator;
import io.campaignlab.engine.profiling.HistogramBin;
import io.campaignlab.engine.profiling.ValueCount;
import io.campaignlab.persistence.workspace.DatasetTables;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Profiles a dataset with one aggregate query (counts, ranges, means), one streaming scan (distinct counts and
 * histogram bins), and a GROUP BY for the top values of columns whose values repeat. Nothing is loaded into the heap beyond the bounded distinct counters.
 */
public final class JdbcDatasetProfiler implements DatasetProfiler {

    static final int TOP_VALUES = 10;
    static final long TOP_VALUES_MAX_DISTINCT = 100_000;
    static final int HISTOGRAM_BINS = 20;

    private static final ObjectMapper JSON = Json.mapper();

    private final DataSource dataSource;
    private final DatasetRepository datasets;

    public JdbcDatasetProfiler(DataSource dataSource, DatasetRepository datasets) {
        this.dataSource = dataSource;
        this.datasets = datasets;
    }

    @Override
    public DatasetProfile profile(String dataset, ProgressListener progress, CancellationToken cancel) {
        long started = System.nanoTime();
        DatasetInfo info = datasets.require(dataset);
        String table = DatasetTables.quote(DatasetTables.tableName(info.id()));
        List<ColumnMeta> columns = info.columns();
        try (Connection c = dataSource.getConnection()) {
            Aggregates aggregates = aggregates(c, table, columns);
            cancel.throwIfCancelled();
            HistogramAccumulator[] histograms = histogramsFor(columns, aggregates);
            DistinctCounter[] distinct = scan(c, table, columns, histograms, aggregates.rows, progress, cancel);
            List<ColumnProfile> profiles = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cancel.throwIfCancelled();
                ColumnMeta column = columns.get(i);
                long nonNull = aggregates.nonNull[i];
                long distinctCount = distinct[i].count();
                List<ValueCount> top = wantsTopValues(column, nonNull, distinctCount) ? topValues(c, table, column)
                        : List.of();
                List<HistogramBin> histogram = histograms[i] == null ? List.of() : histograms[i].bins();
                profiles.add(new ColumnProfile(column.name(), column.type(), column.role(), aggregates.rows,
                        aggregates.rows - nonNull, distinctCount, distinct[i].isExact(), aggregates.min[i],
                        aggregates.max[i], aggregates.mean[i], aggregates.std[i], aggregates.minText[i],
                        aggregates.maxText[i], top, histogram));
            }
            DatasetProfile profile = new DatasetProfile(info.name(), aggregates.rows, Instant.now(),
                    (System.nanoTime() - started) / 1e9, profiles);
            store(c, info.id(), profile);
            return profile;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot profile dataset '" + dataset + "': " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<DatasetProfile> stored(String dataset) {
        DatasetInfo info = datasets.require(dataset);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT profile_json FROM dataset_profile WHERE dataset_id = ?")) {
            ps.setLong(1, info.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(JSON.readValue(rs.getString(1), DatasetProfile.class)) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void store(Connection c, long datasetId, DatasetProfile profile) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO dataset_profile (dataset_id, profiled_at, profile_json) KEY (dataset_id) VALUES (?, ?, ?)")) {
            ps.setLong(1, datasetId);
            ps.setObject(2, OffsetDateTime.ofInstant(profile.profiledAt(), ZoneOffset.UTC));
            ps.setString(3, JSON.writeValueAsString(profile));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per-column aggregates from a single scan. */
    private static final class Aggregates {
        long rows;
        long[] nonNull;
        Double[] min;
        Double[] max;
        Double[] mean;
        Double[] std;
        String[] minText;
        String[] maxText;
    }

    private static Aggregates aggregates(Connection c, String table, List<ColumnMeta> columns) throws SQLException {
        int n = columns.size();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
        for (ColumnMeta column : columns) {
            String q = DatasetTables.quote(column.name());
            sql.append(", COUNT(").append(q).append(')');
            switch (column.type()) {
                case INTEGER, DECIMAL -> sql.append(", MIN(").append(q).append("), MAX(").append(q)
                        .append("), AVG(CAST(").append(q).append(" AS DOUBLE PRECISION)), STDDEV_SAMP(")
                        .append(q).append(')');
                case BOOLEAN -> sql.append(", NULL, NULL, AVG(CASE WHEN ").append(q)
                        .append(" THEN 1.0 ELSE 0.0 END), NULL");
                case TIMESTAMP -> sql.append(", MIN(").append(q).append("), MAX(").append(q).append("), NULL, NULL");
                case CATEGORY, TEXT -> sql.append(", MIN(").append(q).append("), MAX(").append(q).append("), NULL, NULL");
            }
        }
        sql.append(" FROM ").append(table);
        Aggregates a = new Aggregates();
        a.nonNull = new long[n];
        a.min = new Double[n];
        a.max = new Double[n];
        a.mean = new Double[n];
        a.std = new Double[n];
        a.minText = new String[n];
        a.maxText = new String[n];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            a.rows = rs.getLong(1);
            for (int i = 0; i < n; i++) {
                int base = 2 + i * 5;
                a.nonNull[i] = rs.getLong(base);
                switch (columns.get(i).type()) {
                    case INTEGER, DECIMAL -> {
                        a.min[i] = doubleOrNull(rs, base + 1);
                        a.max[i] = doubleOrNull(rs, base + 2);
                        a.mean[i] = doubleOrNull(rs, base + 3);
                        a.std[i] = doubleOrNull(rs, base + 4);
                    }
                    case BOOLEAN -> a.mean[i] = doubleOrNull(rs, base + 3);
                    case TIMESTAMP -> {
                        LocalDateTime lo = rs.getObject(base + 1, LocalDateTime.class);
                        LocalDateTime hi = rs.getObject(base + 2, LocalDateTime.class);
                        if (lo != null) {
                            a.min[i] = (double) lo.toEpochSecond(ZoneOffset.UTC);
                            a.max[i] = (double) hi.toEpochSecond(ZoneOffset.UTC);
                            a.minText[i] = lo.toString();
                            a.maxText[i] = hi.toString();
                        }
                    }
                    case CATEGORY, TEXT -> {
                        a.minText[i] = abbreviate(rs.getString(base + 1));
                        a.maxText[i] = abbreviate(rs.getString(base + 2));
                    }
                }
            }
        }
        return a;
    }

    /** Histograms for numbers and times that have values, over the range the aggregates found. */
    private static HistogramAccumulator[] histogramsFor(List<ColumnMeta> columns, Aggregates a) {
        HistogramAccumulator[] histograms = new HistogramAccumulator[columns.size()];
        for (int i = 0; i < histograms.length; i++) {
            ColumnType type = columns.get(i).type();
            if ((type.isNumeric() || type == ColumnType.TIMESTAMP) && a.min[i] != null && a.nonNull[i] > 0) {
                histograms[i] = new HistogramAccumulator(a.min[i], a.max[i], HISTOGRAM_BINS, type == ColumnType.INTEGER);
            }
        }
        return histograms;
    }

    /** The one streaming pass: distinct counts for every column and histogram counts for numbers and times. */
    private static DistinctCounter[] scan(Connection c, String table, List<ColumnMeta> columns,
                                          HistogramAccumulator[] histograms, long rows, ProgressListener progress,
                                          CancellationToken cancel) throws SQLException {
        int n = columns.size();
        DistinctCounter[] counters = new DistinctCounter[n];
        for (int i = 0; i < n; i++) {
            counters[i] = new DistinctCounter();
        }
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append(DatasetTables.quote(columns.get(i).name()));
        }
        sql.append(" FROM ").append(table);
        boolean autoCommit = c.getAutoCommit();
        try (Statement lazy = c.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery(sql.toString())) {
                long seen = 0;
                while (rs.next()) {
                    for (int i = 0; i < n; i++) {
                        addValue(rs, i + 1, columns.get(i).type(), counters[i], histograms[i]);
                    }
                    if (++seen % 50_000 == 0) {
                        cancel.throwIfCancelled();
                        progress.progress(seen, rows);
                    }
                }
            }
        } finally {
            c.setAutoCommit(autoCommit);
            try (Statement eager = c.createStatement()) {
                eager.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
        return counters;
    }

    /**
     * Top values are worth a GROUP BY where values repeat: not for times (the histogram shows them), and not past
     * {@value #TOP_VALUES_MAX_DISTINCT} distinct values, where grouping a big table costs seconds per column and the
     * most frequent values say little.
     */
    static boolean wantsTopValues(ColumnMeta column, long nonNull, long distinct) {
        return nonNull > 0 && column.type() != ColumnType.TIMESTAMP && distinct <= TOP_VALUES_MAX_DISTINCT;
    }

    /** Hashes numbers from their bits, so no text is made for the millions of numeric values of a big table. */
    private static void addValue(ResultSet rs, int index, ColumnType type, DistinctCounter counter,
                                 HistogramAccumulator histogram) throws SQLException {
        switch (type) {
            case INTEGER -> {
                long v = rs.getLong(index);
                if (!rs.wasNull()) {
                    counter.add(DistinctCounter.mix(v));
                    histogram.add(v);
                }
            }
            case DECIMAL -> {
                double v = rs.getDouble(index);
                if (!rs.wasNull()) {
                    counter.add(DistinctCounter.mix(Double.doubleToLongBits(v == 0.0 ? 0.0 : v)));
                    histogram.add(v);
                }
            }
            case TIMESTAMP -> {
                LocalDateTime v = rs.getObject(index, LocalDateTime.class);
                if (v != null) {
                    counter.add(v.toString());
                    histogram.add((double) v.toEpochSecond(ZoneOffset.UTC) + v.getNano() / 1e9);
                }
            }
            default -> {
                String v = rs.getString(index);
                if (v != null) {
                    counter.add(v);
                }
            }
        }
    }

    private static List<ValueCount> topValues(Connection c, String table, ColumnMeta column) throws SQLException {
        String q = DatasetTables.quote(column.name());
        String sql = "SELECT " + q + ", COUNT(*) AS n FROM " + table + " WHERE " + q + " IS NOT NULL GROUP BY " + q
                + " ORDER BY n DESC, " + q + " LIMIT " + TOP_VALUES;
        List<ValueCount> top = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                top.add(new ValueCount(abbreviate(rs.getString(1)), rs.getLong(2)));
            }
        }
        return top;
    }

    private static Double doubleOrNull(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }

    private static String abbreviate(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 199) + "…";
    }
}
