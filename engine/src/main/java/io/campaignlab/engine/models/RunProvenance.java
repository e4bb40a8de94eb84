package io.campaignlab.engine.models;

import ai.djl.engine.Engine;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.models.search.CtrTuning;
import io.campaignlab.engine.runs.NewRun;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a training run records about itself when it starts. */
final class RunProvenance {

    private RunProvenance() {
    }

    static NewRun of(TrainingRequest request, DatasetInfo dataset, String device) {
        return of(request, CtrTuning.OFF, dataset, java.util.List.of(), device);
    }

    /**
     * With tuning auto, the parameters and features are the search's starting point and {@code tuning} is kept.
     *
     * @param supplied the validation and test datasets the split names, whose content hashes are recorded beside
     *                 the training dataset's
     */
    static NewRun of(TrainingRequest request, CtrTuning tuning, DatasetInfo dataset,
                     java.util.List<DatasetInfo> supplied, String device) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("label", request.label());
        params.put("hyperparameters", request.params());
        params.put("device_preference", request.device());
        if (!supplied.isEmpty()) {
            Map<String, String> hashes = new LinkedHashMap<>();
            supplied.forEach(d -> hashes.put(d.name(), d.sha256()));
            params.put("split_datasets", hashes);
        }
        if (tuning.auto()) {
            params.put("tuning", tuning);
        }
        Map<String, String> versions = versions();
        if (!request.model().network()) {
            versions.put("xgboost", io.campaignlab.engine.models.gbdt.GbdtBooster.version());
        }
        return new NewRun(null, dataset.name(), dataset.sha256(), request.model().id(), ModelJson.write(params),
                ModelJson.write(request.features()), ModelJson.write(request.split()), request.seed(), device,
                ModelJson.write(versions));
    }

    static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        Package engine = RunProvenance.class.getPackage();
        versions.put("campaign_lab", engine.getImplementationVersion() == null ? "dev"
                : engine.getImplementationVersion());
        versions.put("djl", Engine.getDjlVersion());
        versions.put("engine", Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion());
        versions.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return versions;
    }

    /** How a run chose its settings: off when its parameters keep no tuning. */
    static CtrTuning tuning(io.campaignlab.engine.runs.RunRecord run) {
        var params = ModelJson.read(run.spec().paramsJson(), com.fasterxml.jackson.databind.JsonNode.class);
        if (!params.hasNonNull("tuning")) {
            return CtrTuning.OFF;
        }
        try {
            return ModelJson.MAPPER.treeToValue(params.get("tuning"), CtrTuning.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("run " + run.id() + " has an unreadable tuning record: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Rebuilds the request a run was started with. */
    static TrainingRequest request(io.campaignlab.engine.runs.RunRecord run) {
        var params = ModelJson.read(run.spec().paramsJson(), com.fasterxml.jackson.databind.JsonNode.class);
        try {
            Hyperparameters hyper = ModelJson.MAPPER.treeToValue(params.get("hyperparameters"),
                    Hyperparameters.class);
            return new TrainingRequest(run.spec().datasetName(), params.get("label").asText(),
                    ModelJson.read(run.spec().featureSpecJson(), io.campaignlab.engine.features.FeatureSpec.class),
                    ModelJson.read(run.spec().splitJson(), io.campaignlab.engine.features.SplitSpec.class),
                    ModelKind.parse(run.spec().modelKind()), hyper, run.spec().seed(),
                    params.path("device_preference").asText("auto"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("run " + run.id() + " has unreadable parameters: "
                    + e.getOriginalMessage(), e);
        }
    }
}
