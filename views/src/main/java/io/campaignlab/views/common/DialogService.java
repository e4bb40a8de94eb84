package io.campaignlab.views.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog goes through here, so view models can be tested with a fake. People see one short sentence;
 * stack traces go to the log, once.
 */
public interface DialogService {

    void showError(String title, String sentence, Throwable cause);

    void showInfo(String title, String text);

    boolean confirm(String title, String question);

    Optional<String> ask(String title, String question, String initial);

    Optional<Path> chooseFile(String title);

    Optional<Path> chooseSaveFile(String title, String suggestedName);

    Optional<Path> chooseFolder(String title);

    /** What to do with edits not saved yet, before what would drop them. */
    enum Unsaved {
        SAVE, DISCARD, CANCEL
    }

    /**
     * Asks whether to save, discard or keep (cancel) edits not saved yet; a dialog closed without a choice cancels.
     * The default asks only whether to save first, and never discards.
     */
    default Unsaved askUnsaved(String title, String question) {
        return confirm(title, question + " OK saves them first.") ? Unsaved.SAVE : Unsaved.CANCEL;
    }
}
