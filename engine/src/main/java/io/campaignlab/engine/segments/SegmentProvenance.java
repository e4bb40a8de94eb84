package io.campaignlab.engine.segments;

import io.campaignlab.engine.datasets.DatasetInfo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a segmentation came from: the dataset, by name and content hash, and the software that computed it.
 *
 * @param dataset       the dataset's name
 * @param datasetSha256 the SHA-256 of its source bytes, as stored with it
 * @param datasetRows   its rows
 * @param sourceFile    its source file, or {@code simulator:…}
 * @param versions      the Campaign Lab, Java and OS versions
 */
public record SegmentProvenance(String dataset, String datasetSha256, long datasetRows, String sourceFile,
                                Map<String, String> versions) {

    public SegmentProvenance {
        if (dataset == null || datasetSha256 == null) {
            throw new IllegalArgumentException("a segmentation's provenance needs its dataset's name and SHA-256");
        }
        versions = versions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }

    public static SegmentProvenance of(DatasetInfo info) {
        Map<String, String> versions = new LinkedHashMap<>();
        Package engine = SegmentProvenance.class.getPackage();
        versions.put("campaign_lab", engine.getImplementationVersion() == null ? "dev"
                : engine.getImplementationVersion());
        versions.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return new SegmentProvenance(info.name(), info.sha256(), info.rows(), info.sourceFile(), versions);
    }
}
