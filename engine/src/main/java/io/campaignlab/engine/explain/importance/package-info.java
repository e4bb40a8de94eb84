/** Permutation importance of fields and groups of fields, with 95% intervals over repeats. */
package io.campaignlab.engine.explain.importance;
