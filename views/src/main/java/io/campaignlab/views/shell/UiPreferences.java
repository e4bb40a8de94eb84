package io.campaignlab.views.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/** What the window remembers between starts: size, last workspace and theme (java.util.prefs). */
public final class UiPreferences {

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node("io/campaignlab/workbench"));
    }

    public double width() {
        return node.getDouble("width", 1360);
    }

    public double height() {
        return node.getDouble("height", 860);
    }

    public void size(double width, double height) {
        node.putDouble("width", width);
        node.putDouble("height", height);
    }

    public boolean dark() {
        return node.getBoolean("dark", false);
    }

    public void dark(boolean dark) {
        node.putBoolean("dark", dark);
    }

    public Optional<Path> lastWorkspace() {
        String value = node.get("workspace", null);
        return value == null ? Optional.empty() : Optional.of(Path.of(value));
    }

    public void lastWorkspace(Path folder) {
        node.put("workspace", folder.toAbsolutePath().toString());
    }
}
