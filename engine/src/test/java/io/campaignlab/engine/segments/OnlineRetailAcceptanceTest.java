package io.campaignlab.engine.segments;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.customers.CleaningReport;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import io.campaignlab.engine.segments.kmeans.Cluster;
import io.campaignlab.engine.segments.kmeans.KMeansJob;
import io.campaignlab.engine.segments.kmeans.KMeansSegmentation;
import io.campaignlab.engine.segments.kmeans.KMeansSpec;
import io.campaignlab.engine.segments.kmeans.KSweepPoint;
import io.campaignlab.engine.segments.profiles.SegmentProfile;
import io.campaignlab.engine.segments.rfm.RfmJob;
import io.campaignlab.engine.segments.rfm.RfmSegment;
import io.campaignlab.engine.segments.rfm.RfmSegmentation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * RFM and k-means on the real UCI Online Retail lines ({@code ../shared/data/online-retail}), read straight from the
 * CSV into a frame. The cleaning counts are checked against a plain pass over the text lines here and against the
 * figures in the data's SOURCE.txt; skipped, with a message, when the file is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineRetailAcceptanceTest {

    static final Path FILE = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"),
            "online-retail", "online_retail.csv.gz");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    CustomerData data;
    PlainCounts plain;

    @BeforeEach
    void requireTheData() {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), () -> "skipped: " + FILE.toAbsolutePath()
                + " is absent (the shared datasets are not in this checkout)");
    }

    @BeforeAll
    void read() throws IOException {
        if (!Files.isRegularFile(FILE)) {
            return; // each test is skipped, saying why (requireTheData)
        }
        plain = PlainCounts.of(FILE);
        Frame frame = frame(FILE);
        var info = TinyFrames.info("retail", DatasetKind.TRANSACTIONS, List.of(
                ColumnMeta.of("invoice_no", ColumnType.CATEGORY, ColumnRole.FEATURE),
                ColumnMeta.of("stock_code", ColumnType.CATEGORY, ColumnRole.ITEM_ID),
                ColumnMeta.of("quantity", ColumnType.INTEGER, ColumnRole.QUANTITY),
                ColumnMeta.of("invoice_date", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("unit_price", ColumnType.DECIMAL, ColumnRole.PRICE),
                ColumnMeta.of("customer_id", ColumnType.INTEGER, ColumnRole.USER_ID)));
        data = CustomerLoader.load(frame, SegmentColumns.resolve(info, null), null);
    }

    @Test
    void cleaningCountsAreThoseOfAPlainPassOverTheLines() {
        CleaningReport c = data.cleaning();
        assertThat(c.rowsRead()).isEqualTo(plain.rows).isEqualTo(541_909);
        assertThat(c.missingCustomer()).isEqualTo(plain.missingCustomer).isEqualTo(135_080);
        assertThat(plain.cancellationLines).as("every C line, SOURCE.txt").isEqualTo(9_288);
        assertThat(c.cancellations()).isEqualTo(plain.cancellationsWithCustomer);
        assertThat(c.returns()).isEqualTo(plain.otherNegative);
        assertThat(c.zeroQuantity()).isEqualTo(plain.zeroQuantity);
        assertThat(c.nonPositivePrice()).isEqualTo(plain.nonPositivePrice);
        assertThat(c.purchases()).isEqualTo(plain.kept).isEqualTo(397_884);
        assertThat(c.customers()).isEqualTo(plain.customers.size()).isEqualTo(4_338);
        assertThat(c.usersWithoutPurchase()).isEqualTo(plain.allCustomers.size() - plain.customers.size());
        assertThat(c.snapshotDate()).isEqualTo(LocalDate.of(2011, 12, 10));
        assertThat(c.frequency()).isEqualTo("distinct invoice_no");
        int orders = 0;
        for (int f : data.customers().frequency()) {
            orders += f;
        }
        assertThat(orders).isEqualTo(plain.customerInvoices.size());
        double spend = 0;
        for (double m : data.customers().monetary()) {
            spend += m;
        }
        assertThat(spend).isEqualTo(plain.spend, offset(1e-6 * plain.spend));
    }

    @Test
    void rfmProfilesAreSane() {
        RfmSegmentation rfm = RfmJob.segment(data);
        assertThat(rfm.segments().stream().mapToInt(RfmSegment::customers).sum()).isEqualTo(4_338);
        assertThat(rfm.segments().stream().mapToDouble(RfmSegment::share).sum()).isEqualTo(1.0, offset(1e-9));
        SegmentProfile champions = rfm.profiles().segment("Champions");
        SegmentProfile lost = rfm.profiles().segment("Lost");
        assertThat(champions.customers()).isGreaterThan(200);
        assertThat(lost.customers()).isGreaterThan(200);
        assertThat(champions.metric("monetary").index()).isGreaterThan(200);
        assertThat(champions.metric("recency_days").index()).isLessThan(30);
        assertThat(champions.metric("frequency").index()).isGreaterThan(150);
        assertThat(lost.metric("monetary").index()).isLessThan(50);
        assertThat(lost.metric("recency_days").index()).isGreaterThan(200);
        // recency score 5 covers the most recent days, 1 the oldest
        assertThat(rfm.scores().get(4).max()).isLessThan(rfm.scores().get(0).min());
    }

    @Test
    void kMeansSweepIsMonotoneInInertiaAndProfilesItsClusters() {
        KMeansSegmentation km = KMeansJob.segment(data, KMeansSpec.of(2, 8, 42), ProgressListener.none(),
                new CancellationToken());
        assertThat(km.sweep()).extracting(KSweepPoint::k).containsExactly(2, 3, 4, 5, 6, 7, 8);
        for (int i = 1; i < km.sweep().size(); i++) {
            assertThat(km.sweep().get(i).inertia()).isLessThan(km.sweep().get(i - 1).inertia());
        }
        assertThat(km.silhouette()).isBetween(0.25, 1.0);
        assertThat(km.clusters().stream().mapToInt(Cluster::customers).sum()).isEqualTo(4_338);
        for (int i = 1; i < km.clusters().size(); i++) {
            assertThat(km.clusters().get(i).customers()).isLessThanOrEqualTo(km.clusters().get(i - 1).customers());
        }
        // clusters differ in spend: the richest cluster's index is well above 100, the poorest below
        double richest = km.profiles().segments().stream().mapToDouble(p -> p.metric("monetary").index()).max()
                .orElseThrow();
        double poorest = km.profiles().segments().stream().mapToDouble(p -> p.metric("monetary").index()).min()
                .orElseThrow();
        assertThat(richest).isGreaterThan(150);
        assertThat(poorest).isLessThan(70);
    }

    /** The CSV through FastCSV into typed columns, as an import would store them. */
    static Frame frame(Path file) throws IOException {
        List<String> invoice = new ArrayList<>(560_000);
        List<String> stock = new ArrayList<>(560_000);
        double[] quantity = new double[560_000];
        long[] time = new long[560_000];
        double[] price = new double[560_000];
        double[] customer = new double[560_000];
        int n = 0;
        try (var in = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8); CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in)) {
            for (NamedCsvRecord r : csv) {
                invoice.add(r.getField("InvoiceNo"));
                stock.add(r.getField("StockCode"));
                quantity[n] = Double.parseDouble(r.getField("Quantity"));
                time[n] = LocalDateTime.parse(r.getField("InvoiceDate"), TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
                price[n] = Double.parseDouble(r.getField("UnitPrice"));
                String c = r.getField("CustomerID");
                customer[n] = c.isEmpty() ? Double.NaN : Double.parseDouble(c);
                n++;
            }
        }
        return TinyFrames.frame("retail", List.of(
                new FrameColumn.Texts("invoice_no", invoice.toArray(new String[0])),
                new FrameColumn.Texts("stock_code", stock.toArray(new String[0])),
                new FrameColumn.Numbers("quantity", java.util.Arrays.copyOf(quantity, n)),
                new FrameColumn.Times("invoice_date", java.util.Arrays.copyOf(time, n)),
                new FrameColumn.Numbers("unit_price", java.util.Arrays.copyOf(price, n)),
                new FrameColumn.Numbers("customer_id", java.util.Arrays.copyOf(customer, n))));
    }

    /**
     * Counts from the text lines alone: the invoice is the first field, and the last five (date, price, customer,
     * country, quantity before them) hold no commas, so the fields are cut from the right.
     */
    static final class PlainCounts {
        long rows;
        long missingCustomer;
        long cancellationLines;
        long cancellationsWithCustomer;
        long otherNegative;
        long zeroQuantity;
        long nonPositivePrice;
        long kept;
        double spend;
        final Set<String> customers = new HashSet<>();
        final Set<String> allCustomers = new HashSet<>();
        final Set<String> customerInvoices = new HashSet<>();

        static PlainCounts of(Path file) throws IOException {
            PlainCounts p = new PlainCounts();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                lines.readLine();
                String line;
                while ((line = lines.readLine()) != null) {
                    p.rows++;
                    String invoice = line.substring(1, line.indexOf('"', 1));
                    String[] tail = lastFields(line, 5);
                    double quantity = Double.parseDouble(tail[0]);
                    double price = Double.parseDouble(tail[2]);
                    String customer = tail[3];
                    boolean cancellation = invoice.startsWith("C");
                    if (cancellation) {
                        p.cancellationLines++;
                    }
                    if (customer.isEmpty()) {
                        p.missingCustomer++;
                    } else if (cancellation) {
                        p.allCustomers.add(customer);
                        p.cancellationsWithCustomer++;
                    } else if (quantity < 0) {
                        p.allCustomers.add(customer);
                        p.otherNegative++;
                    } else if (quantity == 0) {
                        p.allCustomers.add(customer);
                        p.zeroQuantity++;
                    } else if (price <= 0) {
                        p.allCustomers.add(customer);
                        p.nonPositivePrice++;
                    } else {
                        p.allCustomers.add(customer);
                        p.customers.add(customer);
                        p.customerInvoices.add(customer + "/" + invoice);
                        p.kept++;
                        p.spend += quantity * price;
                    }
                }
            }
            return p;
        }

        /** The last {@code count} comma-separated fields, unquoted. */
        private static String[] lastFields(String line, int count) {
            String[] fields = new String[count];
            int end = line.length();
            for (int f = count - 1; f >= 0; f--) {
                int comma = line.lastIndexOf(',', end - 1);
                String field = line.substring(comma + 1, end);
                fields[f] = field.startsWith("\"") ? field.substring(1, field.length() - 1) : field;
                end = comma;
            }
            return fields;
        }
    }
}
