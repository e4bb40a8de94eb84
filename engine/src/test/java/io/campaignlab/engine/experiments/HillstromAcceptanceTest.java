package io.campaignlab.engine.experiments;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The Hillstrom e-mail test ({@code ../shared/data/hillstrom}): Womens E-Mail against No E-Mail on visit, with the
 * interval and p-value worked here from the counts by the Wald and z-test formulas. Skipped when the file is absent.
 */
class HillstromAcceptanceTest {

    static final Path FILE = Path.of(System.getProperty("campaignlab.shared.data", "../shared/data"), "hillstrom",
            "hillstrom.csv");

    @Test
    void womensEmailAgainstNoEmailOnVisit() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), () -> "skipped: " + FILE.toAbsolutePath() + " is absent");
        List<String> groups = new ArrayList<>();
        List<Double> visit = new ArrayList<>();
        List<Double> history = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(FILE)) {
            for (NamedCsvRecord r : csv) {
                groups.add(r.getField("segment"));
                visit.add(Double.parseDouble(r.getField("visit")));
                history.add(Double.parseDouble(r.getField("history")));
            }
        }
        long[] n = new long[2];
        long[] visits = new long[2];
        for (int i = 0; i < groups.size(); i++) {
            int arm = groups.get(i).equals("Womens E-Mail") ? 1 : groups.get(i).equals("No E-Mail") ? 0 : -1;
            if (arm >= 0) {
                n[arm]++;
                visits[arm] += visit.get(i).longValue();
            }
        }
        double pt = visits[1] / (double) n[1];
        double pc = visits[0] / (double) n[0];
        double se = Math.sqrt(pt * (1 - pt) / n[1] + pc * (1 - pc) / n[0]);
        double p = Erfc.value(Math.abs(pt - pc) / se / Math.sqrt(2));

        AbSpec spec = AbSpec.of("segment", "No E-Mail", List.of(MetricSpec.parse("visit"))).withCuped("history");
        AbReadout r = AbAnalysis.analyse("hillstrom", spec, groups.toArray(String[]::new),
                Map.of("visit", visit.stream().mapToDouble(Double::doubleValue).toArray(),
                        "history", history.stream().mapToDouble(Double::doubleValue).toArray()), null, null);
        Comparison womens = r.comparisons().stream().filter(c -> c.arm().equals("Womens E-Mail")).findFirst()
                .orElseThrow();
        System.out.printf("Hillstrom visit: Womens %.4f vs none %.4f, diff %.4f [%.4f, %.4f], p %.3g (Holm %.3g);"
                        + " SRM χ² %.3f p %.3f; CUPED on history: variance reduction %.4f%n",
                womens.meanTreatment(), womens.meanControl(), womens.diff(), womens.ciLow(), womens.ciHigh(),
                womens.pValue(), womens.pAdjusted(), r.srm().chi2(), r.srm().p(),
                r.cuped().get(1).varianceReduction());

        assertThat(womens.diff()).isCloseTo(0.0452, offset(0.00005));
        assertThat(womens.meanTreatment()).isCloseTo(0.1514, offset(0.00005));
        assertThat(womens.meanControl()).isCloseTo(0.1062, offset(0.00005));
        assertThat(womens.ciLow()).isCloseTo(pt - pc - 1.959963984540054 * se, offset(1e-6));
        assertThat(womens.ciHigh()).isCloseTo(pt - pc + 1.959963984540054 * se, offset(1e-6));
        assertThat(womens.pValue()).isCloseTo(p, offset(1e-6));
        assertThat(r.arms()).containsExactly("No E-Mail", "Mens E-Mail", "Womens E-Mail");
        assertThat(r.srm().counts()).containsExactly(21_306, 21_307, 21_387);
        assertThat(r.srm().mismatch()).isFalse();
    }
}
