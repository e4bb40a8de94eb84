package io.campaignlab.engine.models;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.features.EncodedRows;
import io.campaignlab.engine.features.SplitIndices;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.util.List;

/**
 * A stored run's model together with the examples it trained on, read back as training read them (the same
 * columns, behavioural aggregates and split), for explanations and drift reports.
 *
 * @param model  the run's model, its artifact checked
 * @param frame  every example of the run's dataset, aggregates included
 * @param times  epoch millis per row, or null when the dataset has no timestamp column
 * @param labels the main label (the click for ESMM) per row, 0 or 1
 * @param split  the run's train, validation and test rows
 */
public record RunExamples(LoadedModel model, Frame frame, long[] times, float[] labels, SplitIndices split) {

    public static RunExamples load(WorkspaceContext workspace, long runId, ProgressListener progress,
                                   CancellationToken cancel) {
        LoadedModel model = LoadedModel.load(workspace, runId);
        TrainingRequest request = RunProvenance.request(model.run());
        DatasetInfo dataset = workspace.datasets().require(request.dataset());
        TrainingData data = ExampleLoader.forRequest(workspace, request, dataset, List.of(request.label()),
                progress, cancel);
        float[] labels = Labels.binary(data.frame(), request.label());
        double[] splitLabels = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            splitLabels[i] = labels[i];
        }
        SplitIndices split = data.split(request.split(), splitLabels);
        return new RunExamples(model, data.frame(), data.times(), labels, split);
    }

    /**
     * Another dataset's examples read the way this run reads its own (its feature columns and behavioural
     * aggregates), for scoring or drift; it needs no label.
     */
    public static Frame loadOther(WorkspaceContext workspace, LoadedModel model, String datasetName,
                                  ProgressListener progress, CancellationToken cancel) {
        TrainingRequest request = RunProvenance.request(model.run());
        DatasetInfo dataset = workspace.datasets().require(datasetName);
        List<String> labels = dataset.column(request.label()).isPresent() ? List.of(request.label()) : List.of();
        return ExampleLoader.load(workspace, dataset, request.features(), labels, true, progress, cancel).frame();
    }

    public String label() {
        return RunProvenance.request(model.run()).label();
    }

    /** The rows encoded with the run's fitted pipeline. */
    public EncodedRows encode(int[] rows) {
        return model.artifact().pipeline().encode(frame.select(rows));
    }

    /** The labels of the given rows as 0/1 ints. */
    public int[] labelsOf(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]] > 0.5f ? 1 : 0;
        }
        return out;
    }
}
