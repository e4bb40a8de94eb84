package io.campaignlab.engine.audience;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the workspace can export as an audience: each stored segment, each run's scores, each uplift run's uplift. */
public final class AudienceSources {

    private static final Pattern SCORES = Pattern.compile("scores_run(\\d+)_(.+)");
    private static final Pattern UPLIFT = Pattern.compile("uplift_run(\\d+)_(.+)");

    /**
     * One exportable source.
     *
     * @param kind   segment, score or uplift
     * @param id     the segment or run
     * @param scored the scored dataset of a run, else null
     * @param label  as the GUI lists it
     */
    public record Source(AudienceSelection.Kind kind, long id, String scored, String label) {

        /** The selection of this source with a threshold ({@code SCORE}) or a top k ({@code UPLIFT}). */
        public AudienceSelection select(double min, int top) {
            return switch (kind) {
                case SEGMENT -> AudienceSelection.segment(id);
                case SCORE -> AudienceSelection.score(id, min, scored);
                case UPLIFT -> AudienceSelection.uplift(id, top, scored);
            };
        }
    }

    private AudienceSources() {
    }

    /** Segments newest segmentation first, then scores and uplift by dataset name. Does I/O. */
    public static List<Source> list(WorkspaceContext workspace) {
        List<Source> out = new ArrayList<>();
        for (SegmentationRecord s : workspace.segments().list()) {
            for (SegmentRecord seg : s.segments()) {
                out.add(new Source(AudienceSelection.Kind.SEGMENT, seg.id(), null, String.format(Locale.ROOT,
                        "Segment %d · %s (%,d users)", seg.id(), seg.name(), seg.members())));
            }
        }
        List<Source> runs = new ArrayList<>();
        for (DatasetInfo d : workspace.datasets().list()) {
            Matcher score = SCORES.matcher(d.name());
            Matcher uplift = UPLIFT.matcher(d.name());
            if (score.matches()) {
                runs.add(new Source(AudienceSelection.Kind.SCORE, Long.parseLong(score.group(1)), score.group(2),
                        "Scores of run " + score.group(1) + " on " + score.group(2) + " (score:run" + score.group(1)
                                + ")"));
            } else if (uplift.matches()) {
                runs.add(new Source(AudienceSelection.Kind.UPLIFT, Long.parseLong(uplift.group(1)), uplift.group(2),
                        "Uplift of run " + uplift.group(1) + " on " + uplift.group(2) + " (uplift:run"
                                + uplift.group(1) + ")"));
            }
        }
        runs.sort(java.util.Comparator.comparing(Source::label));
        out.addAll(runs);
        return out;
    }
}
