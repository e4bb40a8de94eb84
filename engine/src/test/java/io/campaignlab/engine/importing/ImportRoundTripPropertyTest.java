package io.campaignlab.engine.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text values a file holds (quotes, delimiters, newlines, accents), writing them with a standard CSV
 * writer and importing them as text gives back exactly the same values, row for row, with nothing rejected.
 */
class ImportRoundTripPropertyTest {

    @Property(tries = 60)
    void textValuesRoundTrip(@ForAll("tables") List<List<String>> rows, @ForAll @IntRange(max = 2) int delimiterIndex)
            throws IOException {
        char delimiter = new char[] {',', ';', '\t'}[delimiterIndex];
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().fieldSeparator(delimiter).build(text)) {
            csv.writeRecord("first", "second", "third");
            rows.forEach(csv::writeRecord);
        }
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            ImportSpec spec = ImportSpec.builder().setFile(file).setName("t").optDelimiter(delimiter).optHeader(true)
                    .optType("first", "text").optType("second", "text").optType("third", "text").build();
            RecordingDatasetSink sink = new RecordingDatasetSink();

            ImportResult result = new ImportJob(ImportPlanner.plan(spec), sink, new InMemoryDatasetRepository())
                    .run(ProgressListener.none(), new CancellationToken());

            assertThat(result.rejected()).isZero();
            List<Object[]> loaded = sink.onlyWriter().rows();
            assertThat(loaded).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < 3; j++) {
                    String expected = rows.get(i).get(j);
                    Object actual = loaded.get(i)[j];
                    if (expected.isBlank()) {
                        assertThat(actual).as("row %d column %d", i, j).isNull();
                    } else {
                        assertThat(actual).as("row %d column %d", i, j).isEqualTo(expected);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> value = Arbitraries.strings()
                .withChars("abcXYZ019 ,;\t\"'\n\r€éü")
                .ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
        return value.list().ofSize(3).list().ofMinSize(1).ofMaxSize(30);
    }
}
