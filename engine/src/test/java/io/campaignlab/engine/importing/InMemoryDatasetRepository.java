package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link DatasetRepository} over a list, for checking what an import job looks up before it writes. */
final class InMemoryDatasetRepository implements DatasetRepository {

    private final List<DatasetInfo> datasets = new ArrayList<>();

    InMemoryDatasetRepository add(DatasetInfo info) {
        datasets.add(info);
        return this;
    }

    @Override
    public List<DatasetInfo> list() {
        return List.copyOf(datasets);
    }

    @Override
    public Optional<DatasetInfo> findByName(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    @Override
    public Optional<DatasetInfo> findBySha256(String sha256) {
        return datasets.stream().filter(d -> d.sha256().equals(sha256)).findFirst();
    }

    @Override
    public long sizeBytes(String name) {
        return -1;
    }

    @Override
    public void rename(String from, String to) {
        throw new UnsupportedOperationException("not needed by the import job");
    }

    @Override
    public void delete(String name) {
        datasets.removeIf(d -> d.name().equals(name));
    }
}
