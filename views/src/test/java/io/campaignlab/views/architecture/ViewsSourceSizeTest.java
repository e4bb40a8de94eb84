package io.campaignlab.views.architecture;

import io.campaignlab.testsupport.SourceSizeTest;

/** The shared size rules (test-support) on this module's main sources. */
class ViewsSourceSizeTest extends SourceSizeTest {
}
