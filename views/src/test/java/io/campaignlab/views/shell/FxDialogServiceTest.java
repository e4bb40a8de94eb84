package io.campaignlab.views.shell;

import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.importing.ImportSetting;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.controlsfx.dialog.ExceptionDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** Every text the dialog's pane shows, expandable details aside. */
    private static List<String> shownTexts(ExceptionDialog dialog) {
        List<String> texts = new ArrayList<>();
        texts.add(dialog.getDialogPane().getHeaderText());
        texts.add(dialog.getDialogPane().getContentText());
        collect(dialog.getDialogPane().getContent(), texts);
        return texts.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        } else if (node instanceof TextInputControl input) {
            texts.add(input.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    /** The defect: the import failure dialog showed its sentence in the header and the cause's message below it. */
    @Test
    void aFailureShowsItsSentenceOnceAndNotTheCausesWords() throws Exception {
        ImportException cause = new ImportException("events.csv", 7, null, names -> "more than 0 rows were rejected ("
                + names.apply(ImportSetting.MAX_REJECTS) + " 0)", null).in(s -> "--max-rejects");
        String sentence = "events.csv line 7: more than 0 rows were rejected (Max rejects 0)";

        List<String> shown = WaitForAsyncUtils.asyncFx(() -> shownTexts(
                FxDialogService.exceptionDialog("Import failed", sentence, cause))).get(10, TimeUnit.SECONDS);

        assertThat(shown.stream().filter(t -> t.contains("rows were rejected"))).containsExactly(sentence);
        assertThat(shown).noneMatch(t -> t.contains("--max-rejects"));
        assertThat(shown).contains("Import failed");
    }
}
