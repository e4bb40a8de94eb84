package io.campaignlab.engine.importing.columns;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnNamesTest {

    private static final String SAFE = "^[a-z][a-z0-9_]*$";

    @Test
    void splitsCamelCaseIntoSnakeCase() {
        assertThat(ColumnNames.sanitize(List.of("InvoiceNo", "CustomerID", "UnitPrice", "StockCode")))
                .containsExactly("invoice_no", "customer_id", "unit_price", "stock_code");
    }

    @Test
    void replacesSpacesAndPunctuationWithUnderscores() {
        assertThat(ColumnNames.sanitize(List.of("Womens E-Mail", "  spend ($) ", "a..b")))
                .containsExactly("womens_e_mail", "spend", "a_b");
    }

    @Test
    void emptyOrSymbolOnlyHeadersGetAPositionalName() {
        assertThat(ColumnNames.sanitize(List.of("id", "", "   ", "%%"))).containsExactly("id", "col_2", "col_3", "col_4");
    }

    @Test
    void headersStartingWithADigitGetAPrefix() {
        assertThat(ColumnNames.sanitize(List.of("1st", "2024 sales"))).containsExactly("c_1st", "c_2024_sales");
    }

    @Test
    void duplicatesGetNumberedSuffixes() {
        assertThat(ColumnNames.sanitize(List.of("value", "Value", "VALUE", "other")))
                .containsExactly("value", "value_2", "value_3", "other");
    }

    @Test
    void suffixesDoNotCollideWithExistingNames() {
        List<String> names = ColumnNames.sanitize(List.of("a", "a_2", "a", "a"));
        assertThat(names).doesNotHaveDuplicates().hasSize(4).startsWith("a", "a_2");
    }

    @Test
    void longHeadersAreShortened() {
        List<String> names = ColumnNames.sanitize(List.of("x".repeat(200)));
        assertThat(names.get(0)).isEqualTo("x".repeat(60));
    }

    @Test
    void nonAsciiLettersBecomeUnderscores() {
        assertThat(ColumnNames.sanitize(List.of("Prénom", "名前"))).containsExactly("pr_nom", "col_2");
    }

    @Test
    void randomHeaderListsGiveUniqueSafeNames() {
        Random random = new Random(1234);
        String alphabet = "abcXYZ019 _-.$é名\t()";
        for (int trial = 0; trial < 500; trial++) {
            int width = 1 + random.nextInt(12);
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                if (!headers.isEmpty() && random.nextInt(5) == 0) {
                    headers.add(headers.get(random.nextInt(headers.size())));
                    continue;
                }
                int length = random.nextInt(random.nextInt(10) == 0 ? 90 : 8);
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < length; c++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                headers.add(sb.toString());
            }
            List<String> names = ColumnNames.sanitize(headers);
            assertThat(names).as("%s", headers).hasSize(width).doesNotHaveDuplicates();
            assertThat(new HashSet<>(names)).hasSize(width);
            assertThat(names).as("%s", headers).allMatch(n -> n.matches(SAFE));
        }
    }
}
