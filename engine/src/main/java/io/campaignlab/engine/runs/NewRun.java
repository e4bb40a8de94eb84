package io.campaignlab.engine.runs;

/**
 * What a run records when it starts. The JSON fields are written by the engine and stored verbatim.
 *
 * @param jobId           the job that runs it, or null
 * @param datasetName     the training dataset
 * @param datasetSha256   the dataset's content hash at training time
 * @param modelKind       for example {@code deepfm}
 * @param paramsJson      hyper-parameters and label(s)
 * @param featureSpecJson the feature spec
 * @param splitJson       the split
 * @param seed            the random seed
 * @param device          for example {@code cpu()} or {@code gpu(0)}
 * @param versionsJson    DJL, PyTorch, engine and Java versions
 */
public record NewRun(Long jobId, String datasetName, String datasetSha256, String modelKind, String paramsJson,
                     String featureSpecJson, String splitJson, long seed, String device, String versionsJson) {
}
