package io.campaignlab.app.cli.datasets;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.ImportPlan;
import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.engine.importing.columns.InferredColumn;

import java.util.List;

/** The JSON shapes of datasets in the CLI: records written by the CLI's mapper (snake_case names). */
final class DatasetJson {

    private DatasetJson() {
    }

    /** {@code import --json}: the new dataset, how the file was read, and its columns. */
    record Imported(String dataset, String kind, long rows, long rejected, long rejectedValues, long lines,
                    long headerLines, long blankLines, long continuationLines, String sha256, double seconds, long rowsPerSecond, String delimiter, String encoding, boolean header,
                    boolean gzip, @JsonInclude(JsonInclude.Include.NON_NULL) String sheet, List<String> warnings,
                    List<Column> columns) {

        static Imported of(ImportResult result) {
            ImportPlan plan = result.plan();
            return new Imported(result.dataset().name(), result.dataset().kind().id(), result.rows(),
                    result.rejected(), result.rejectedCells(), result.lines().lines(), result.lines().header(),
                    result.lines().blank(), result.lines().continuation(), result.sha256(),
                    Math.round(result.seconds() * 1000) / 1000.0,
                    Math.round((result.rows() + result.rejected()) / Math.max(result.seconds(), 1e-9)),
                    String.valueOf(plan.dialect().delimiter()), plan.dialect().charset().name(),
                    plan.dialect().header(), plan.dialect().gzip(), ImportCommand.sheetOf(plan), plan.warnings(),
                    columns(result.dataset().columns(), plan.reasons()));
        }

        private static List<Column> columns(List<ColumnMeta> columns, List<InferredColumn> reasons) {
            List<Column> out = new java.util.ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                ColumnMeta c = columns.get(i);
                InferredColumn why = i < reasons.size() ? reasons.get(i) : null;
                out.add(new Column(c.name(), c.header(), c.type().id(), c.role().id(), c.format(),
                        why == null ? null : why.typeReason(), why == null ? null : why.roleReason()));
            }
            return out;
        }
    }

    /**
     * One imported column.
     *
     * @param typeReason why it has its type: the evidence of the inference, or "set by the user"
     * @param roleReason why it has its role, likewise
     */
    record Column(String name, String header, String type, String role,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String format,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String typeReason,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String roleReason) {
    }

    /** {@code datasets --json}: the workspace and its datasets. */
    record Listing(String workspace, List<Listed> datasets) {
    }

    record Listed(String name, String kind, long rows, long rejected, int columns, long sizeBytes, String sha256,
                  String createdAt, String sourceFile) {

        static Listed of(DatasetInfo d, long sizeBytes) {
            return new Listed(d.name(), d.kind().id(), d.rows(), d.rejected(), d.columns().size(), sizeBytes,
                    d.sha256(), d.createdAt().toString(), d.sourceFile());
        }
    }
}
