package io.campaignlab.views.shell;

import io.campaignlab.views.common.DialogService;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Dialogs with JavaFX and ControlsFX. Errors show one sentence; the stack trace is logged once and on request. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String sentence, Throwable cause) {
        if (cause != null) {
            LOG.warn("{}: {}", title, sentence, cause);
            ExceptionDialog dialog = exceptionDialog(title, sentence, cause);
            dialog.initOwner(owner.get());
            dialog.showAndWait();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    /**
     * The dialog for a failure with a cause: the title as header and the sentence as content, like every other error,
     * and the stack trace under "Show details". ControlsFX puts the cause's own message in the content; that message
     * is replaced, or the sentence would show twice, the second time in the cause's words.
     */
    static ExceptionDialog exceptionDialog(String title, String sentence, Throwable cause) {
        ExceptionDialog dialog = new ExceptionDialog(cause);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(sentence);
        return dialog;
    }

    @Override
    public void showInfo(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (text.length() > 300 || text.contains("\n")) {
            TextArea area = new TextArea(text);
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefSize(760, 420);
            alert.getDialogPane().setContent(area);
        } else {
            alert.setContentText(text);
        }
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Unsaved askUnsaved(String title, String question) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, save, discard, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().map(b -> b == save ? Unsaved.SAVE : b == discard ? Unsaved.DISCARD
                : Unsaved.CANCEL).orElse(Unsaved.CANCEL);
    }

    @Override
    public Optional<String> ask(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Delimited text or Excel (csv, tsv, txt, gz, xlsx)", "*.csv", "*.tsv",
                        "*.txt", "*.gz", "*.xlsx", "*.xlsm"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }
}
