package io.campaignlab.views.importing;

import io.campaignlab.views.common.Caption;

/** The import wizard's steps, in order. */
public enum WizardStep {
    FILE("Choose a file", "Pick a CSV or TSV file (or drop one here) and name the dataset."),
    PREVIEW("Check the preview", "The first rows as they will be read. Change the delimiter, encoding or header"
            + " if they look wrong."),
    COLUMNS("Set up the columns", "Each column's type and role. Problems found in the sample show under the"
            + " column."),
    SUMMARY("Imported", "The dataset is in the workspace.");

    private final Caption caption;

    WizardStep(String title, String hint) {
        this.caption = new Caption(title, hint);
    }

    /** The step's title and the hint under it. */
    public Caption caption() {
        return caption;
    }

    /** "Step 2 of 4". */
    public String position() {
        return "Step " + (ordinal() + 1) + " of " + values().length;
    }
}
