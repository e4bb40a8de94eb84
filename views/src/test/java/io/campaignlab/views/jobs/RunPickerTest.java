package io.campaignlab.views.jobs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run picker: selection kept by id over reloads, a run asked for before it is listed, one report a change. */
class RunPickerTest {

    /** A run row: its id and a version, so that a reload gives new rows for the same runs. */
    private record Row(long id, int version) {
    }

    private final ManualJobExecutor executor = new ManualJobExecutor();
    private List<Row> stored = List.of(new Row(3, 1), new Row(2, 1), new Row(1, 1));
    private long preferred = 2;
    private final RunPicker<Row> picker = new RunPicker<>(executor, Row::id,
            () -> new RunPicker.Listing<>(stored, r -> r.id() == preferred));
    private final List<Long> changes = new ArrayList<>();

    RunPickerTest() {
        picker.onChange(r -> changes.add(r == null ? -1 : r.id()));
    }

    @Test
    void theFirstReloadSelectsThePreferredRunAndLaterOnesKeepTheSelectionById() {
        picker.refresh();
        assertThat(picker.runProperty().get().id()).isEqualTo(2);

        picker.runProperty().set(picker.find(1).orElseThrow());
        stored = List.of(new Row(4, 2), new Row(3, 2), new Row(2, 2), new Row(1, 2));
        picker.refresh();

        assertThat(picker.runs()).hasSize(4);
        assertThat(picker.runProperty().get()).isEqualTo(new Row(1, 2));
        assertThat(changes).as("the same run again is no change").containsExactly(2L, 1L);
    }

    @Test
    void aRunAskedForBeforeItIsListedIsSelectedOnceItIs() {
        picker.select(3);

        assertThat(picker.runProperty().get().id()).isEqualTo(3);
        assertThat(changes).containsExactly(3L);
    }

    @Test
    void theSelectionPassingThroughNullWhileTheListIsReplacedIsNotReported() {
        picker.refresh();
        picker.runs().addListener((javafx.collections.ListChangeListener<Row>) c -> picker.runProperty().set(null));
        stored = List.of(new Row(2, 2), new Row(1, 2));

        picker.refresh();

        assertThat(picker.runProperty().get()).isEqualTo(new Row(2, 2));
        assertThat(changes).containsExactly(2L);
    }

    @Test
    void withoutRunsTheChangeToNoneIsReportedOnce() {
        stored = List.of();
        picker.refresh();
        assertThat(changes).containsExactly(-1L);

        stored = List.of(new Row(1, 1));
        picker.refresh();
        stored = List.of();
        picker.refresh();
        assertThat(changes).containsExactly(-1L, 1L, -1L);
        assertThat(picker.runProperty().get()).isNull();
    }

    @Test
    void aPickerFedByAnotherListTakesItsRuns() {
        RunPicker<Row> fed = new RunPicker<>(Row::id);
        List<Long> seen = new ArrayList<>();
        fed.onChange(r -> seen.add(r.id()));
        fed.select(5);
        fed.refresh();
        assertThat(fed.runs()).isEmpty();

        fed.offer(new RunPicker.Listing<>(List.of(new Row(6, 1), new Row(5, 1)), r -> true));

        assertThat(fed.runProperty().get().id()).as("the run asked for, not the first").isEqualTo(5);
        assertThat(seen).containsExactly(5L);
    }

    @Test
    void aMultiplePickerKeepsTheSelectedRunsAndTheLeadOneOverReloads() {
        RunPicker<Row> table = new RunPicker<>(executor, Row::id,
                () -> new RunPicker.Listing<>(stored, r -> r.id() == preferred)).multiple();
        List<List<Long>> selections = new ArrayList<>();
        table.onSelection(() -> selections.add(table.selection().stream().map(Row::id).toList()));

        table.refresh();
        assertThat(table.selection()).extracting(Row::id).as("the first preferred run alone").containsExactly(2L);
        assertThat(table.runProperty().get().id()).isEqualTo(2);

        table.select(List.of(table.find(3).orElseThrow(), table.find(1).orElseThrow()), table.find(3).orElseThrow());
        stored = List.of(new Row(4, 2), new Row(3, 2), new Row(2, 2), new Row(1, 2));
        table.refresh();

        assertThat(table.selection()).containsExactly(new Row(3, 2), new Row(1, 2));
        assertThat(table.runProperty().get()).as("the lead run, read again").isEqualTo(new Row(3, 2));
        assertThat(selections).containsExactly(List.of(2L), List.of(3L, 1L), List.of(3L, 1L));
    }

    @Test
    void aMultiplePickerSelectsRunsAskedForOnceListedAndNothingWhenNoneIsPreferred() {
        preferred = 99;
        RunPicker<Row> table = new RunPicker<>(executor, Row::id,
                () -> new RunPicker.Listing<>(stored, r -> r.id() == preferred)).multiple();

        table.refresh();
        assertThat(table.selection()).as("unlike a single picker, no fallback to the newest").isEmpty();
        assertThat(table.runProperty().get()).isNull();

        stored = List.of(new Row(5, 1), new Row(3, 1), new Row(2, 1), new Row(1, 1));
        table.selectIds(List.of(1L, 5L));
        assertThat(table.selection()).extracting(Row::id).containsExactly(1L, 5L);
        assertThat(table.runProperty().get().id()).as("the last asked for leads").isEqualTo(5);

        table.refreshSelecting(List.of(3L));
        assertThat(table.selection()).extracting(Row::id).containsExactly(3L);
    }

    @Test
    void aTablesSelectionPassingThroughNothingWhileTheListIsReplacedIsIgnored() {
        RunPicker<Row> table = new RunPicker<>(executor, Row::id,
                () -> new RunPicker.Listing<>(stored, r -> r.id() == preferred)).multiple();
        table.refresh();
        table.runs().addListener((javafx.collections.ListChangeListener<Row>) c -> table.select(List.of(), null));
        stored = List.of(new Row(2, 2), new Row(1, 2));

        table.refresh();

        assertThat(table.selection()).containsExactly(new Row(2, 2));
    }
}
