package io.campaignlab.engine.importing;

import java.util.List;

/** The rejections of an import, kept so that nothing is lost: each bad row with its line, column and reason. */
public interface RejectionRepository {

    /** Rejections of a dataset in line order, a page at a time. */
    List<Rejection> list(String dataset, long offset, int limit);

    long count(String dataset);
}
