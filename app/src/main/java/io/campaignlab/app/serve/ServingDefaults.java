package io.campaignlab.app.serve;

import io.campaignlab.app.workspace.WorkspaceServices;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The settings of a process whose work is serving decisions ({@code serve}, and {@code bench decide}, which measures
 * what {@code serve} does), not of the GUI, which may serve too but also trains and queries.
 */
public final class ServingDefaults {

    /** The workspace's H2 page cache while serving, in MiB. */
    static final int SERVING_CACHE_MIB = 64;

    private ServingDefaults() {
    }

    /**
     * Sets PyTorch's defaults for serving, unless the user set them ({@code -Dai.djl.pytorch.num_threads=N}): one
     * intra-op and one inter-op thread per forward pass. A request scores a batch of a few hundred small rows, which
     * costs its operators' overhead far more than its arithmetic, and requests already score side by side in
     * {@link DecisionService#SCORING_SESSIONS} sessions; more threads per pass only make the passes wait on each
     * other's thread pools. Has an effect only before the first model is loaded in this process (PyTorch ignores a
     * later change), so call it first thing.
     */
    public static void preferOneTorchThreadPerPass() {
        setIfAbsent("ai.djl.pytorch.num_threads", "1");
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
    }

    /**
     * Lowers the workspace's H2 page cache to {@value #SERVING_CACHE_MIB} MiB for this process when it is larger. The
     * workspace sizes it for analytics (an eighth of the heap, 512 MiB at 4 GiB), but a serving process reads its
     * tables once, at load, and then only appends to the decision log, whose freshly written pages would fill that
     * cache: the live heap grew by about 5 KiB per decision served until the cache was full, and every young
     * collection copied those pages again. The change lasts while this process holds the workspace open; the next
     * open sets the cache from its URL again.
     *
     * @return the cache's size before, in MiB
     */
    public static int limitPageCache(WorkspaceServices services) {
        try (Connection c = services.workspace().dataSource().getConnection(); Statement s = c.createStatement()) {
            int before;
            try (ResultSet r = s.executeQuery("SELECT setting_value FROM information_schema.settings"
                    + " WHERE setting_name = 'info.CACHE_MAX_SIZE'")) {
                before = r.next() ? Integer.parseInt(r.getString(1)) : 0;
            }
            if (before > SERVING_CACHE_MIB) {
                s.execute("SET CACHE_SIZE " + SERVING_CACHE_MIB * 1024);
            }
            return before;
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the workspace's page cache for serving: "
                    + e.getMessage(), e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
