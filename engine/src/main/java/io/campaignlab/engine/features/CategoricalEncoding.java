package io.campaignlab.engine.features;

/** How categorical values map to embedding rows. */
public enum CategoricalEncoding {
    /** Values seen at least min-count times in training get their own row; the rest share the OOV row. */
    VOCABULARY,
    /** Values hash (stable 64-bit) into a fixed number of buckets; nothing is out of vocabulary. */
    HASHING
}
