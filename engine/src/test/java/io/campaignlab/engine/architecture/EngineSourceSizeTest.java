package io.campaignlab.engine.architecture;

import io.campaignlab.testsupport.SourceSizeTest;

/** The shared size rules (test-support) on this module's main sources. */
class EngineSourceSizeTest extends SourceSizeTest {
}
