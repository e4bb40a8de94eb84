package io.campaignlab.views.shell;

import io.campaignlab.views.jobs.ImmediateJobExecutor;
import io.campaignlab.views.testing.FakeWorkspace;
import io.campaignlab.views.testing.RecordingDialogService;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening another workspace asks the guard first (edits not saved); the first workspace opens without asking. */
class WorkspaceSwitchTest {

    private final List<Path> opened = new ArrayList<>();
    private final FakeWorkspace fake = new FakeWorkspace();
    private final WorkbenchViewModel model = new WorkbenchViewModel(folder -> {
        opened.add(folder);
        return fake;
    }, new ImmediateJobExecutor(fake::runner), new RecordingDialogService(),
            new UiPreferences(PreferenceStore.inMemory()));

    @Test
    void anotherWorkspaceOpensOnlyWhenTheGuardLetsItThrough() {
        List<String> asked = new ArrayList<>();
        boolean[] allow = {false};
        model.beforeSwitching(proceed -> {
            asked.add("asked");
            if (allow[0]) {
                proceed.run();
            }
        });
        model.open(Path.of("first"), () -> { });
        assertThat(asked).isEmpty();
        assertThat(opened).containsExactly(Path.of("first"));

        model.open(Path.of("second"), () -> { });
        assertThat(asked).hasSize(1);
        assertThat(opened).containsExactly(Path.of("first"));

        allow[0] = true;
        model.open(Path.of("second"), () -> { });
        assertThat(asked).hasSize(2);
        assertThat(opened).containsExactly(Path.of("first"), Path.of("second"));
    }
}
