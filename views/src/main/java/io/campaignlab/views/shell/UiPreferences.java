package io.campaignlab.views.shell;

import java.nio.file.Path;
import java.util.Optional;

/** What the window remembers between starts: size, last workspace and theme, kept in a {@link PreferenceStore}. */
public final class UiPreferences {

    private final PreferenceStore store;

    public UiPreferences(PreferenceStore store) {
        this.store = store;
    }

    public double width() {
        return number("width", 1360);
    }

    public double height() {
        return number("height", 860);
    }

    public void size(double width, double height) {
        store.put("width", Double.toString(width));
        store.put("height", Double.toString(height));
    }

    public boolean dark() {
        return store.get("dark").map(Boolean::parseBoolean).orElse(false);
    }

    public void dark(boolean dark) {
        store.put("dark", Boolean.toString(dark));
    }

    public Optional<Path> lastWorkspace() {
        return store.get("workspace").map(Path::of);
    }

    public void lastWorkspace(Path folder) {
        store.put("workspace", folder.toAbsolutePath().toString());
    }

    private double number(String key, double fallback) {
        try {
            return store.get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
