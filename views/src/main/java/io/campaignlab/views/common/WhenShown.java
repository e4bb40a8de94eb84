package io.campaignlab.views.common;

import javafx.scene.Node;

/** Work a section does each time it is put on screen: read its lists again. */
public final class WhenShown {

    private WhenShown() {
    }

    /** Runs {@code action} whenever the node is added to a scene. */
    public static void run(Node node, Runnable action) {
        node.sceneProperty().addListener((o, old, now) -> {
            if (now != null) {
                action.run();
            }
        });
    }
}
