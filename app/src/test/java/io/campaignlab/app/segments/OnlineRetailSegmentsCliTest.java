package io.campaignlab.app.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.cli.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the UCI Online Retail lines as the README does and segments them through the command line; the cleaning
 * counts are checked against a plain pass over the text. Skipped, with a message, when the file is absent.
 */
class OnlineRetailSegmentsCliTest {

    static final Path FILE = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"),
            "online-retail", "online_retail.csv.gz");

    @TempDir
    Path dir;

    @Test
    void importedRetailLinesAreCleanedCountedAndSegmented() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), () -> "skipped: " + FILE.toAbsolutePath()
                + " is absent (the shared datasets are not in this checkout)");
        String ws = dir.resolve("ws").toString();
        CliRun imported = CliRun.of("import", FILE.toString(), "--name", "retail", "--kind", "transactions",
                "--workspace", ws, "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        long[] plain = plainCounts();
        CliRun rfm = CliRun.of("segment", "rfm", "--dataset", "retail", "--workspace", ws, "--json");
        assertThat(rfm.exitCode()).as(rfm.err()).isZero();
        JsonNode cleaning = rfm.json().get("cleaning");
        assertThat(cleaning.get("rows_read").asLong()).isEqualTo(plain[0]);
        assertThat(cleaning.get("missing_customer").asLong()).isEqualTo(plain[1]).isEqualTo(135_080);
        assertThat(cleaning.get("cancellations").asLong()).isEqualTo(plain[2]);
        assertThat(cleaning.get("returns").asLong()).isEqualTo(plain[3]);
        assertThat(cleaning.get("non_positive_price").asLong()).isEqualTo(plain[4]);
        assertThat(cleaning.get("purchases").asLong()).isEqualTo(plain[5]).isEqualTo(397_884);
        assertThat(cleaning.get("customers").asLong()).isEqualTo(4_338);
        assertThat(cleaning.get("frequency").asText()).isEqualTo("distinct invoice_no");
        assertThat(cleaning.get("snapshot_date").asText()).isEqualTo("2011-12-10");

        CliRun text = CliRun.of("segment", "kmeans", "--dataset", "retail", "--k-range", "2..6", "--workspace", ws);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Removed 144,025: 135,080 without a customer")
                .contains("<- chosen").contains("Cluster 1");
        JsonNode listed = CliRun.of("segments", "--workspace", ws, "--json").json().get("segmentations");
        assertThat(listed).hasSize(2);
        for (JsonNode s : listed) {
            assertThat(s.get("members").asLong()).isEqualTo(4_338);
            assertThat(s.get("dataset").asText()).isEqualTo("retail");
        }
    }

    /**
     * Rows, then lines without a customer, cancellations with one, other negative quantities, zero or negative prices
     * and the rest, from the text alone: the invoice is the first field and the quantity, date, price, customer and
     * country (the last five) hold no commas.
     */
    static long[] plainCounts() throws IOException {
        long[] c = new long[6];
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(FILE)), StandardCharsets.UTF_8))) {
            lines.readLine();
            String line;
            while ((line = lines.readLine()) != null) {
                c[0]++;
                String[] f = line.split(",");
                int n = f.length;
                String customer = f[n - 2];
                double price = Double.parseDouble(f[n - 3]);
                double quantity = Double.parseDouble(f[n - 5]);
                if (customer.isEmpty()) {
                    c[1]++;
                } else if (line.startsWith("\"C")) {
                    c[2]++;
                } else if (quantity < 0) {
                    c[3]++;
                } else if (price <= 0) {
                    c[4]++;
                } else {
                    c[5]++;
                }
            }
        }
        return c;
    }
}
