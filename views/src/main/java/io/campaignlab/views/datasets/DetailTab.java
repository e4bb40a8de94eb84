package io.campaignlab.views.datasets;

/** The tabs that show the selected dataset; only the visible one loads. */
public enum DetailTab {
    /** The rows beside the column profile and histogram. */
    OVERVIEW("Rows and profile"),
    REJECTIONS("Rejections");

    private final String title;

    DetailTab(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
