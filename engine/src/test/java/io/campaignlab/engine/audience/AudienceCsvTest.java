package io.campaignlab.engine.audience;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AudienceCsvTest {

    @Test
    void formulaCellsAreNeutralisedAndPlainIdsKept() {
        assertThat(AudienceCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AudienceCsv.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(AudienceCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(AudienceCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AudienceCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        // ids as stored: pseudonyms, numbers (a negative number is read as a number, not run), commas quoted
        assertThat(AudienceCsv.cell("u_9f3a1c")).isEqualTo("u_9f3a1c");
        assertThat(AudienceCsv.cell("-17")).isEqualTo("-17");
        assertThat(AudienceCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AudienceCsv.cell("x=1")).isEqualTo("x=1");
    }

    @Test
    void writesAHeaderAndOneUserALine() throws Exception {
        AudienceList list = new AudienceList(AudienceSelection.uplift(7, 2, null), "uplift_run7_x", "uplift", 5,
                List.of(new AudienceMember("=cmd", 0.12345678), new AudienceMember("42", -0.0000123456789)));
        StringWriter out = new StringWriter();
        AudienceCsv.write(list, out);
        assertThat(out.toString()).isEqualTo("user_id,uplift\r\n'=cmd,0.123457\r\n42,-0.0000123457\r\n");
        StringWriter segment = new StringWriter();
        AudienceCsv.write(new AudienceList(AudienceSelection.segment(3), "segment 3", null, 1,
                List.of(new AudienceMember("7", Double.NaN))), segment);
        assertThat(segment.toString()).isEqualTo("user_id\r\n7\r\n");
    }

    @Test
    void meansPerUserBestFirstTiesById() {
        List<AudienceMember> m = AudienceReader.means(new String[]{"b", "a", "b", null, "c", "a", "d"},
                new double[]{0.25, 0.125, 0.75, 0.9, 0.5, 0.875, Double.NaN});
        // b: (0.25+0.75)/2 = 0.5, a: (0.125+0.875)/2 = 0.5, c: 0.5 — a three-way tie, by id; the null user and NaN skipped
        assertThat(m).extracting(AudienceMember::user).containsExactly("a", "b", "c");
        assertThat(m.get(0).value()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void selectionsAreCheckedAndDescribed() {
        assertThat(AudienceSelection.score(3, 0.05, null).describe()).isEqualTo("score:run3 >= 0.05");
        assertThat(AudienceSelection.uplift(7, 5000, "hillstrom").describe())
                .isEqualTo("uplift:run7@hillstrom, top 5,000");
        assertThatThrownBy(() -> AudienceSelection.uplift(7, 0, null)).hasMessageContaining("top k");
        assertThatThrownBy(() -> AudienceSelection.score(3, Double.NaN, null)).hasMessageContaining("threshold");
    }
}
