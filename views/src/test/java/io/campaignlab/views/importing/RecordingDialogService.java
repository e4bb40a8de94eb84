package io.campaignlab.views.importing;

import io.campaignlab.views.common.DialogService;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A dialog service that shows nothing: it records errors and answers the file chooser with a scripted file. The
 * wizard and the simulate dialog ask for nothing else, so anything else fails the test.
 */
public final class RecordingDialogService implements DialogService {

    /** An error as the user would have seen it. */
    public record Shown(String title, String sentence, Throwable cause) {
    }

    private final List<Shown> errors = new CopyOnWriteArrayList<>();
    private volatile Path chosenFile;

    /** The file the next file chooser returns. */
    public void choose(Path file) {
        chosenFile = file;
    }

    public List<Shown> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void showError(String title, String sentence, Throwable cause) {
        errors.add(new Shown(title, sentence, cause));
    }

    @Override
    public Optional<Path> chooseFile(String title) {
        return Optional.ofNullable(chosenFile);
    }

    @Override
    public void showInfo(String title, String text) {
        throw new UnsupportedOperationException("not scripted: " + title);
    }

    @Override
    public boolean confirm(String title, String question) {
        throw new UnsupportedOperationException("not scripted: " + title);
    }

    @Override
    public Optional<String> ask(String title, String question, String initial) {
        throw new UnsupportedOperationException("not scripted: " + title);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        throw new UnsupportedOperationException("not scripted: " + title);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        throw new UnsupportedOperationException("not scripted: " + title);
    }
}
