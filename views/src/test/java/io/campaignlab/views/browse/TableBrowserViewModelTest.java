package io.campaignlab.views.browse;

import io.campaignlab.engine.browse.RowFilter;
import io.campaignlab.engine.browse.RowSort;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeBrowser.PageRequest;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.SampleData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static io.campaignlab.views.testing.SampleData.CLICKS;
import static io.campaignlab.views.testing.SampleData.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

class TableBrowserViewModelTest {

    private final FakeWorkspace workspace = SampleData.workspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private TableBrowserViewModel browser;

    @BeforeEach
    void setUp() {
        browser = new TableBrowserViewModel(() -> workspace, new ImmediateJobExecutor(workspace::runner), dialogs);
    }

    @Test
    void showsTheColumnsAndCountOfADataset() {
        browser.show(ORDERS);

        assertThat(browser.table().columns()).extracting(c -> c.name()).containsExactly("order_id", "customer", "amount",
                "quantity", "category", "placed_at", "express");
        assertThat(browser.rows()).hasSize(SampleData.ORDER_ROWS);
        assertThat(browser.table().status().get()).isEqualTo("1,200 rows");
        assertThat(workspace.fakeBrowser().requests()).isEmpty();
    }

    @Test
    void fetchesTheRowsOfAPageWhenOneIsAskedFor() {
        browser.show(ORDERS);

        BrowserRow row = browser.rows().get(501);

        assertThat(row.index()).isEqualTo(501);
        assertThat(row.valuesProperty().get()).containsExactly(502L, 502L, row.valuesProperty().get().get(2),
                SampleData.amount(502), 3L, "toys", LocalDateTime.of(2025, 1, 21, 22, 0), false);
        assertThat(workspace.fakeBrowser().requests()).containsExactly(
                new PageRequest(ORDERS, 500, 500, null, null));
    }

    @Test
    void scrollsAMillionRowsAPageAtATimeKeepingOnlyAFew() {
        browser.show(CLICKS);
        List<BrowserRow> rows = browser.rows();

        assertThat(rows).hasSize(SampleData.CLICK_ROWS);
        assertThat(rows.get(999_999).valuesProperty().get()).startsWith(1_000_000L, 4_999L);
        for (int page = 0; page < TableBrowserViewModel.CACHED_PAGES; page++) {
            rows.get(page * TableBrowserViewModel.PAGE_SIZE + 7);
            rows.get(page * TableBrowserViewModel.PAGE_SIZE + 8);
        }
        assertThat(workspace.fakeBrowser().requests()).hasSize(1 + TableBrowserViewModel.CACHED_PAGES)
                .allMatch(r -> r.limit() == TableBrowserViewModel.PAGE_SIZE);

        rows.get(5);
        rows.get(999_998);

        assertThat(workspace.fakeBrowser().requests()).as("page 0 was cached, the last page was evicted")
                .hasSize(2 + TableBrowserViewModel.CACHED_PAGES)
                .last().extracting(PageRequest::offset).isEqualTo(999_500L);
    }

    @Test
    void sortsInTheBrowserNotInMemory() {
        browser.show(ORDERS);

        browser.sortBy(new RowSort("amount", false));
        BrowserRow first = browser.rows().get(0);

        assertThat(first.valuesProperty().get().get(3)).isEqualTo(SampleData.amount(96));
        assertThat(workspace.fakeBrowser().requests()).last()
                .isEqualTo(new PageRequest(ORDERS, 0, 500, new RowSort("amount", false), null));
        assertThat(browser.table().rowCount().get()).isEqualTo(SampleData.ORDER_ROWS);
    }

    @Test
    void findsARowWithoutFetchingPages() {
        browser.show(CLICKS);
        List<BrowserRow> rows = browser.rows();
        BrowserRow row = rows.get(123_456);
        int fetched = workspace.fakeBrowser().requests().size();

        assertThat(rows.indexOf(row)).isEqualTo(123_456);
        browser.sortBy(new RowSort("user_id", true));

        assertThat(rows.indexOf(row)).as("a row of the unsorted query").isEqualTo(-1);
        assertThat(rows.contains(row)).isFalse();
        assertThat(workspace.fakeBrowser().requests()).hasSize(fetched);
    }

    @Test
    void filtersInTheBrowser() {
        browser.show(ORDERS);
        browser.filterBar().column().set(browser.table().columns().get(3));
        browser.filterBar().op().set(RowFilter.Op.GE);
        browser.filterBar().value().set("4");

        browser.applyFilter();
        browser.rows().get(0);

        RowFilter expected = new RowFilter("quantity", RowFilter.Op.GE, "4");
        assertThat(browser.table().filter().get()).isEqualTo(expected);
        assertThat(browser.table().status().get()).isEqualTo("480 rows");
        assertThat(browser.rows()).hasSize(480);
        assertThat(workspace.fakeBrowser().requests()).last().extracting(PageRequest::filter).isEqualTo(expected);

        browser.clearFilter();

        assertThat(browser.table().filter().get()).isNull();
        assertThat(browser.table().status().get()).isEqualTo("1,200 rows");
    }

    @Test
    void explainsAValueTheColumnCannotHoldInline() {
        browser.show(ORDERS);
        browser.filterBar().column().set(browser.table().columns().get(3));
        browser.filterBar().value().set("many");

        browser.applyFilter();

        assertThat(browser.filterBar().error().get()).isEqualTo("column 'quantity' is integer: cannot read 'many'");
        assertThat(browser.table().filter().get()).isNull();
        assertThat(dialogs.shown()).isEmpty();

        browser.filterBar().value().set("2");
        browser.applyFilter();

        assertThat(browser.filterBar().error().get()).isEmpty();
    }

    @Test
    void explainsAMissingValueInline() {
        browser.show(ORDERS);
        browser.filterBar().op().set(RowFilter.Op.LT);

        browser.applyFilter();

        assertThat(browser.filterBar().error().get()).isEqualTo("the filter 'order_id <' needs a value");
        assertThat(workspace.fakeBrowser().requests()).isEmpty();
    }

    @Test
    void operatorsWithoutAValueNeedNone() {
        browser.show(ORDERS);
        browser.filterBar().column().set(browser.table().columns().get(2));
        browser.filterBar().op().set(RowFilter.Op.IS_NULL);

        browser.applyFilter();

        assertThat(browser.filterBar().valueNeeded().get()).isFalse();
        assertThat(browser.table().rowCount().get()).isEqualTo(24);
    }

    @Test
    void showingAnotherDatasetStartsAfresh() {
        browser.show(ORDERS);
        browser.sortBy(new RowSort("amount", true));

        browser.show(CLICKS);

        assertThat(browser.table().sort().get()).isNull();
        assertThat(browser.table().columns()).hasSize(3);
        assertThat(browser.filterBar().column().get().name()).isEqualTo("user_id");
    }
}
