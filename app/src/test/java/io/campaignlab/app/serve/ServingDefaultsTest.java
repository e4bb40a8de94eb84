package io.campaignlab.app.serve;

import io.campaignlab.app.workspace.WorkspaceServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class ServingDefaultsTest {

    @TempDir
    Path folder;

    @Test
    void servingLowersALargePageCacheForThisOpenOnly() throws SQLException {
        Path ws = folder.resolve("ws");
        int opened;
        try (WorkspaceServices services = WorkspaceServices.open(ws)) {
            opened = cacheMib(services);
            execute(services, "SET CACHE_SIZE " + 256 * 1024);
            assertThat(ServingDefaults.limitPageCache(services)).isEqualTo(256);
            assertThat(cacheMib(services)).isEqualTo(ServingDefaults.SERVING_CACHE_MIB);
            execute(services, "SET CACHE_SIZE " + 16 * 1024);
            assertThat(ServingDefaults.limitPageCache(services)).isEqualTo(16);
            assertThat(cacheMib(services)).as("a smaller cache is left as it is").isEqualTo(16);
        }
        try (WorkspaceServices services = WorkspaceServices.open(ws)) {
            assertThat(cacheMib(services)).as("the next open sizes the cache from its URL").isEqualTo(opened);
        }
    }

    private static int cacheMib(WorkspaceServices services) throws SQLException {
        try (Connection c = services.workspace().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT setting_value FROM information_schema.settings"
                     + " WHERE setting_name = 'info.CACHE_MAX_SIZE'")) {
            r.next();
            return Integer.parseInt(r.getString(1));
        }
    }

    private static void execute(WorkspaceServices services, String sql) throws SQLException {
        try (Connection c = services.workspace().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
