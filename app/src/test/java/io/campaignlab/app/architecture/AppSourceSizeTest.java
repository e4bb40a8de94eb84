package io.campaignlab.app.architecture;

import io.campaignlab.testsupport.SourceSizeTest;

/** The shared size rules (test-support) on this module's main sources. */
class AppSourceSizeTest extends SourceSizeTest {
}
