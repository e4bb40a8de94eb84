package io.campaignlab.views.rejections;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import io.campaignlab.views.testing.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static io.campaignlab.views.testing.SampleData.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;

class RejectionsViewModelTest {

    private final FakeWorkspace workspace = SampleData.workspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final RejectionsViewModel rejections =
            new RejectionsViewModel(() -> workspace, new ImmediateJobExecutor(workspace::runner), dialogs);

    @Test
    void loadsTheRejectionsInPages() {
        rejections.show(ORDERS);

        assertThat(rejections.list().shown()).hasSize(SampleData.ORDER_REJECTIONS);
        assertThat(workspace.fakeRejections().pagesListed()).isEqualTo(3);
        assertThat(rejections.list().countText().get()).isEqualTo("2,500 rejected values");
        assertThat(rejections.list().loading().get()).isFalse();
    }

    @Test
    void loadsNoMoreThanTenThousand() {
        List<Rejection> many = IntStream.rangeClosed(1, 12_345)
                .mapToObj(i -> new Rejection(i + 1, "x", "?", "bad", "?")).toList();
        workspace.add("big", DatasetKind.TABLE, List.of(ColumnMeta.of("x", ColumnType.TEXT, ColumnRole.FEATURE)),
                List.of(), many);

        rejections.show("big");

        assertThat(rejections.list().shown()).hasSize(RejectionsViewModel.MAX_LOADED);
        assertThat(workspace.fakeRejections().pagesListed()).isEqualTo(10);
        assertThat(rejections.list().countText().get())
                .isEqualTo("12,345 rejected values (the first 10,000 shown)");
    }

    @Test
    void filtersOnAnyFieldIgnoringCase() {
        rejections.show(ORDERS);

        rejections.list().filterText().set("TOO,FEW");

        assertThat(rejections.list().shown()).hasSize(250).allMatch(r -> r.column() == null);
        assertThat(rejections.list().countText().get()).isEqualTo("250 matching · 2,500 rejected values");

        rejections.list().filterText().set("(row)");
        assertThat(rejections.list().shown()).hasSize(250);

        rejections.list().filterText().set("  ");
        assertThat(rejections.list().shown()).hasSize(SampleData.ORDER_REJECTIONS);
    }

    @Test
    void exportsWhatTheFilterShowsAsQuotedCsv(@TempDir Path folder) throws IOException {
        workspace.add("quotes", DatasetKind.TABLE, List.of(ColumnMeta.of("x", ColumnType.TEXT, ColumnRole.FEATURE)),
                List.of(), List.of(
                        new Rejection(2, "x", "a,b", "has a comma", "1,\"a,b\""),
                        new Rejection(3, null, "say \"hi\"", "line\nbreak", "plain"),
                        new Rejection(4, "x", "skip me", "other", "other")));
        Path target = folder.resolve("out.csv");
        dialogs.savingTo(target);
        rejections.show("quotes");
        rejections.list().filterText().set("a");

        rejections.exportCsv();

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(
                "line,column,raw_value,reason,raw_record\r\n"
                        + "2,x,\"a,b\",has a comma,\"1,\"\"a,b\"\"\"\r\n"
                        + "3,,\"say \"\"hi\"\"\",\"line\nbreak\",plain\r\n");
        assertThat(rejections.list().message().get()).isEqualTo("Exported 2 rejections to out.csv");
        assertThat(dialogs.shown("save")).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("quotes-rejections.csv"));
    }

    @Test
    void aCancelledSaveWritesNothing() {
        rejections.show(ORDERS);

        rejections.exportCsv();

        assertThat(rejections.list().message().get()).isEmpty();
        assertThat(dialogs.shown("error")).isEmpty();
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertThat(RejectionsCsv.quote("plain")).isEqualTo("plain");
        assertThat(RejectionsCsv.quote(null)).isEmpty();
        assertThat(RejectionsCsv.quote("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(RejectionsCsv.quote("\"")).isEqualTo("\"\"\"\"");
    }
}
