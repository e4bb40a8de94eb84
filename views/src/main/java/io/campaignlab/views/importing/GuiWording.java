package io.campaignlab.views.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewords the engine's import messages, which name command-line options, for the wizard, where the same choices
 * are fields: "raise --max-rejects" becomes "raise Max rejects".
 */
final class GuiWording {

    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put(" (--type)", "");
        OPTIONS.put("--max-rejects", "Max rejects");
        OPTIONS.put("give the encoding with --encoding (for example latin1)", "choose another Encoding in the preview");
        OPTIONS.put("choose another --name", "choose another dataset name");
    }

    private GuiWording() {
    }

    /** The sentence to show for a failure: its message in the wizard's words. */
    static String sentence(Throwable error) {
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        for (Map.Entry<String, String> option : OPTIONS.entrySet()) {
            text = text.replace(option.getKey(), option.getValue());
        }
        return text;
    }
}
