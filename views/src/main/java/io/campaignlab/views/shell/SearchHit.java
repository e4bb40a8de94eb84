package io.campaignlab.views.shell;

/**
 * One result of the top bar's search: a dataset (opened in the Data section) or a run (opened in the section that
 * shows its kind).
 *
 * @param text    what the result list shows, data verbatim
 * @param section where it opens
 * @param dataset the dataset to show, or null for a run
 * @param runId   the run to show, or null for a dataset
 */
public record SearchHit(String text, Section section, String dataset, Long runId) {

    public static SearchHit dataset(String name) {
        return new SearchHit("Dataset: " + name, Section.DATA, name, null);
    }

    public static SearchHit run(String text, Section section, long runId) {
        return new SearchHit(text, section, null, runId);
    }
}
