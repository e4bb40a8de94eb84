package io.campaignlab.persistence.architecture;

import io.campaignlab.testsupport.SourceSizeTest;

/** The shared size rules (test-support) on this module's main sources. */
class PersistenceSourceSizeTest extends SourceSizeTest {
}
