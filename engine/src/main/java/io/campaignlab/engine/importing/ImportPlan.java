package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.csv.CsvDialect;
import io.campaignlab.engine.importing.csv.SniffResult;
import io.campaignlab.engine.importing.csv.SourceFile;

import io.campaignlab.engine.importing.columns.InferredColumn;

import java.util.List;

/**
 * Everything needed to load a file, decided before the first row is written: the dialect, the columns with
 * their types and roles, the kind and the file's hash. A GUI shows it to the user for changes before it runs.
 */
public record ImportPlan(ImportSpec spec, SniffResult sniff, List<ColumnMeta> columns, DatasetKind kind,
                         String sha256, List<InferredColumn> reasons) {

    public ImportPlan {
        columns = List.copyOf(columns);
        reasons = List.copyOf(reasons);
        if (reasons.size() != columns.size()) {
            throw new IllegalArgumentException("one reason per column: " + reasons.size() + " for " + columns.size());
        }
    }

    /** Warnings about how the file was read, such as a single column that looks like several (see {@link ReadWarnings}). */
    public List<String> warnings() {
        boolean sheet = !sniff.source().path().equals(spec.file());
        return ReadWarnings.of(sniff, sheet);
    }

    public SourceFile source() {
        return sniff.source();
    }

    public CsvDialect dialect() {
        return sniff.dialect();
    }
}
