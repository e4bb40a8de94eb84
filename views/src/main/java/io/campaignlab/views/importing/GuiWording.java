package io.campaignlab.views.importing;

import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.importing.ImportSetting;

/**
 * The sentence the wizard shows for a failure. An import failure names the settings its remedy points to as the
 * wizard's fields ("raise Max rejects"), never as command-line options.
 */
final class GuiWording {

    private GuiWording() {
    }

    /** The sentence to show for a failure, in the wizard's words. */
    static String sentence(Throwable error) {
        if (error instanceof ImportException failure) {
            return failure.message(ImportSetting::label);
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
