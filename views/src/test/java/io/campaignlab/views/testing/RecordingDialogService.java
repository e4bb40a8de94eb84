package io.campaignlab.views.testing;

import io.campaignlab.views.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service that records what was shown and answers as the test scripted it. */
public final class RecordingDialogService implements DialogService {

    /** One dialog that was shown. */
    public record Shown(String kind, String title, String text) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private boolean confirmAnswer;
    private Optional<String> askAnswer = Optional.empty();
    private Optional<Path> saveAnswer = Optional.empty();
    private Optional<Path> openAnswer;
    private Unsaved unsavedAnswer = Unsaved.CANCEL;

    /** What {@code confirm} answers from now on. */
    public RecordingDialogService confirming(boolean answer) {
        confirmAnswer = answer;
        return this;
    }

    /** What {@code ask} answers from now on; null for a cancelled dialog. */
    public RecordingDialogService answering(String answer) {
        askAnswer = Optional.ofNullable(answer);
        return this;
    }

    /** Where {@code chooseSaveFile} saves from now on; null for a cancelled dialog. */
    public RecordingDialogService savingTo(Path path) {
        saveAnswer = Optional.ofNullable(path);
        return this;
    }

    /** What {@code chooseFile} answers from now on; null for a cancelled dialog. */
    public RecordingDialogService opening(Path path) {
        openAnswer = Optional.ofNullable(path);
        return this;
    }

    /** What {@code askUnsaved} answers from now on. */
    public RecordingDialogService onUnsaved(Unsaved answer) {
        unsavedAnswer = answer;
        return this;
    }

    public synchronized List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** The dialogs of one kind: error, info, confirm, ask, save, open, unsaved. */
    public synchronized List<Shown> shown(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    @Override
    public synchronized void showError(String title, String sentence, Throwable cause) {
        shown.add(new Shown("error", title, sentence));
    }

    @Override
    public synchronized void showInfo(String title, String text) {
        shown.add(new Shown("info", title, text));
    }

    @Override
    public synchronized boolean confirm(String title, String question) {
        shown.add(new Shown("confirm", title, question));
        return confirmAnswer;
    }

    @Override
    public synchronized Unsaved askUnsaved(String title, String question) {
        shown.add(new Shown("unsaved", title, question));
        return unsavedAnswer;
    }

    @Override
    public synchronized Optional<String> ask(String title, String question, String initial) {
        shown.add(new Shown("ask", title, question));
        return askAnswer;
    }

    @Override
    public synchronized Optional<Path> chooseFile(String title) {
        if (openAnswer == null) {
            throw new UnsupportedOperationException("not scripted");
        }
        shown.add(new Shown("open", title, ""));
        return openAnswer;
    }

    @Override
    public synchronized Optional<Path> chooseSaveFile(String title, String suggestedName) {
        shown.add(new Shown("save", title, suggestedName));
        return saveAnswer;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        throw new UnsupportedOperationException("not scripted");
    }
}
