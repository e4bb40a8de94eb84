package io.campaignlab.engine.audience;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.models.ScoringJob;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.uplift.UpliftJob;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads an audience from the workspace. A run's users are those of its per-row output (the {@code scores_runN_*}
 * dataset of {@code campaign-lab score}, or the {@code uplift_runN_*} dataset of an uplift run), tied to users by the
 * user id column carried into it; a user's value is the mean over their rows, as the Segments rule
 * {@code score:runN} counts it. Ties in value are broken by user id, so the same workspace gives the same file.
 */
public final class AudienceReader {

    private AudienceReader() {
    }

    /**
     * @throws IllegalArgumentException naming the segment, run or dataset that is missing, or the column that
     *                                  cannot tie rows to users
     */
    public static AudienceList read(WorkspaceContext workspace, AudienceSelection selection,
                                    ProgressListener progress, CancellationToken cancel) {
        return switch (selection.kind()) {
            case SEGMENT -> segment(workspace, selection);
            case SCORE -> scored(workspace, selection, ScoringJob.scoresName(selection.id(), ""), "score",
                    "campaign-lab score " + selection.id() + " --dataset DATASET", progress, cancel);
            case UPLIFT -> scored(workspace, selection, UpliftJob.scoresName(selection.id(), ""), "uplift",
                    "campaign-lab uplift (an uplift run writes one)", progress, cancel);
        };
    }

    private static AudienceList segment(WorkspaceContext workspace, AudienceSelection selection) {
        SegmentRecord segment = workspace.segments().segment(selection.id()).orElseThrow(() ->
                new IllegalArgumentException("there is no segment " + selection.id() + "; campaign-lab segments"
                        + " lists them"));
        List<AudienceMember> members = workspace.segments().members(segment.id()).stream()
                .map(u -> new AudienceMember(u, Double.NaN)).toList();
        return new AudienceList(selection, "segment " + segment.id() + " (" + segment.name() + ")", null,
                members.size(), members);
    }

    private static AudienceList scored(WorkspaceContext workspace, AudienceSelection selection, String prefix,
                                       String valueColumn, String howToMake, ProgressListener progress,
                                       CancellationToken cancel) {
        DatasetInfo table = table(workspace.datasets(), selection, prefix, howToMake);
        ColumnMeta value = table.column(valueColumn).orElseThrow(() -> new IllegalArgumentException("dataset '"
                + table.name() + "' has no column " + valueColumn + ", so it holds no " + valueColumn + "s"));
        ColumnMeta user = table.columnsWithRole(ColumnRole.USER_ID).stream().findFirst().orElseThrow(() ->
                new IllegalArgumentException("dataset '" + table.name() + "' has no user id column, so its rows"
                        + " cannot be tied to users (the scored dataset had no column with the user_id role)"));
        progress.message("Reading " + table.name());
        Frame frame = workspace.frames().read(table.name(), List.of(user.name(), value.name()), progress, cancel);
        List<AudienceMember> all = means(frame.column(user.name()).asLabels(), frame.numbers(value.name()));
        cancel.throwIfCancelled();
        List<AudienceMember> kept = selection.kind() == AudienceSelection.Kind.SCORE
                ? all.stream().filter(m -> m.value() >= selection.min()).toList()
                : all.subList(0, Math.min(selection.top(), all.size()));
        return new AudienceList(selection, table.name(), valueColumn, all.size(), kept);
    }

    /** Each user's mean over their rows with a value, highest first, ties by user id; rows without a user skipped. */
    static List<AudienceMember> means(String[] users, double[] values) {
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < users.length; i++) {
            if (users[i] == null || Double.isNaN(values[i])) {
                continue;
            }
            double[] s = sums.computeIfAbsent(users[i], u -> new double[2]);
            s[0] += values[i];
            s[1]++;
        }
        List<AudienceMember> out = new ArrayList<>(sums.size());
        sums.forEach((u, s) -> out.add(new AudienceMember(u, s[0] / s[1])));
        out.sort(Comparator.comparingDouble(AudienceMember::value).reversed()
                .thenComparing(AudienceMember::user));
        return out;
    }

    private static DatasetInfo table(DatasetRepository datasets, AudienceSelection selection, String prefix,
                                     String howToMake) {
        if (selection.scored() != null) {
            return datasets.findByName(prefix + selection.scored()).orElseThrow(() -> new IllegalArgumentException(
                    "run " + selection.id() + " has no output on '" + selection.scored() + "' (no dataset " + prefix
                            + selection.scored() + "); make one with " + howToMake));
        }
        List<DatasetInfo> found = datasets.list().stream().filter(d -> d.name().startsWith(prefix)).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("run " + selection.id() + " has no per-user output (no dataset "
                    + prefix + "…); make one with " + howToMake);
        }
        TreeSet<String> names = new TreeSet<>();
        found.forEach(d -> names.add(d.name().substring(prefix.length())));
        throw new IllegalArgumentException("run " + selection.id() + " has output on " + names + "; say which"
                + " with --scored, e.g. --scored " + names.first());
    }
}
