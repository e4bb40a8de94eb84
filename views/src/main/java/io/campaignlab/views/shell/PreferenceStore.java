package io.campaignlab.views.shell;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the window's remembered settings live: the app gives a file under the Campaign Lab folder
 * ({@link PropertiesFilePreferenceStore}); a snapshot, which must not change what the window remembers, keeps them in
 * memory.
 */
public interface PreferenceStore {

    Optional<String> get(String key);

    void put(String key, String value);

    /** A store that forgets everything when the process ends. */
    static PreferenceStore inMemory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new PreferenceStore() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
