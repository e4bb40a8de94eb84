package io.campaignlab.persistence.segments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.models.ScoringJob;
import io.campaignlab.persistence.workspace.DatasetTables;
import io.campaignlab.persistence.workspace.WorkspaceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A run's scores per user, as the segment rules' {@code score:runN} reads them: the run's one scores table
 * ({@code scores_runN_DATASET}) joined to its scored dataset by row, averaged over each user's rows. User ids are
 * text, as segment members and the decision engine hold them.
 */
public final class JdbcUserScores {

    private final DataSource dataSource;
    private final DatasetRepository datasets;

    public JdbcUserScores(DataSource dataSource, DatasetRepository datasets) {
        this.dataSource = dataSource;
        this.datasets = datasets;
    }

    /**
     * @throws IllegalArgumentException when the run scored no dataset or several, the scored dataset is gone, or it
     *                                  has no user id column
     */
    public Map<String, Double> meanByUser(long run) {
        String prefix = ScoringJob.scoresName(run, "");
        List<DatasetInfo> found = datasets.list().stream().filter(d -> d.name().startsWith(prefix)).toList();
        if (found.size() != 1) {
            TreeSet<String> names = new TreeSet<>();
            found.forEach(d -> names.add(d.name()));
            throw new IllegalArgumentException(found.isEmpty() ? "run " + run + " has scored no dataset (no dataset "
                    + prefix + "…); score one first: campaign-lab score " + run + " --dataset DATASET"
                    : "run " + run + " scored several datasets " + names + "; keep one scores table per response run");
        }
        DatasetInfo scores = found.get(0);
        String scoredName = scores.name().substring(prefix.length());
        DatasetInfo scored = datasets.findByName(scoredName).orElseThrow(() -> new IllegalArgumentException("the"
                + " dataset '" + scoredName + "' that run " + run + " scored is gone, so its scores cannot be tied to"
                + " users"));
        ColumnMeta id = AudienceQuery.userColumn(scored);
        ColumnMeta rowId = column(scores, "row_id");
        ColumnMeta score = column(scores, "score");
        String key = AudienceQuery.userKey("d", id);
        String sql = "SELECT " + key + ", AVG(CAST(" + AudienceQuery.col("s", score) + " AS DOUBLE PRECISION)) FROM "
                + AudienceQuery.table(scores) + " s JOIN " + AudienceQuery.table(scored) + " d ON d."
                + DatasetTables.quote(DatasetTables.ROW_COLUMN) + " = " + AudienceQuery.col("s", rowId) + " WHERE "
                + key + " IS NOT NULL GROUP BY " + key;
        Map<String, Double> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getDouble(2));
            }
            return out;
        } catch (SQLException e) {
            throw new WorkspaceException("cannot read the scores of run " + run + ": " + e.getMessage(), e);
        }
    }

    private static ColumnMeta column(DatasetInfo info, String name) {
        return info.column(name).orElseThrow(() -> new IllegalArgumentException("'" + info.name() + "' has no column "
                + name + ", so it is not a scores table"));
    }
}
