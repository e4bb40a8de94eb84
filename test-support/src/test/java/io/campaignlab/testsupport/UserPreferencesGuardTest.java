package io.campaignlab.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** The guard fails a test class that writes a preference, and passes one that does not. */
class UserPreferencesGuardTest {

    static final String DEMO = "campaignlab.guard.demo";
    static final String NODE = "campaignlab-guard-demo";

    @Test
    void aClassThatWritesAPreferenceFails() throws Exception {
        assertThat(UserPreferencesGuard.redirected()).as("surefire points java.util.prefs.userRoot at target/").isTrue();
        try {
            TestExecutionSummary summary = run(WritesAPreference.class);
            assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
            assertThat(summary.getFailures()).singleElement()
                    .satisfies(f -> assertThat(f.getException()).hasMessageContaining("wrote into Java preferences")
                            .hasMessageContaining(NODE));
        } finally {
            Preferences.userRoot().node(NODE).removeNode();
            Preferences.userRoot().flush();
        }
    }

    @Test
    void aClassThatWritesNoneRunsClean() {
        TestExecutionSummary summary = run(WritesNothing.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getFailures()).isEmpty();
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        System.setProperty(DEMO, "true");
        try {
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(request().selectors(selectClass(testClass))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true").build(), listener);
            return listener.getSummary();
        } finally {
            System.clearProperty(DEMO);
        }
    }

    /** Runs only inside the tests above. */
    @EnabledIfSystemProperty(named = DEMO, matches = "true")
    static class WritesAPreference {

        @Test
        void writes() {
            Preferences.userRoot().node(NODE).put("key", "value");
        }
    }

    @EnabledIfSystemProperty(named = DEMO, matches = "true")
    static class WritesNothing {

        @Test
        void writesNothing() {
            assertThat(1 + 1).isEqualTo(2);
        }
    }
}
