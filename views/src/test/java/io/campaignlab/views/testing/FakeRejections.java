package io.campaignlab.views.testing;

import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.importing.RejectionRepository;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Rejections from the fake tables, counting the pages asked for. */
public final class FakeRejections implements RejectionRepository {

    private final FakeWorkspace workspace;
    private final AtomicInteger pages = new AtomicInteger();

    FakeRejections(FakeWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<Rejection> list(String dataset, long offset, int limit) {
        List<Rejection> all = workspace.table(dataset).rejections();
        pages.incrementAndGet();
        int from = (int) Math.min(offset, all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }

    @Override
    public long count(String dataset) {
        return workspace.table(dataset).rejections().size();
    }

    /** How many pages were listed. */
    public int pagesListed() {
        return pages.get();
    }
}
