/** A model's learned weights and embedding norms per field and value. */
package io.campaignlab.engine.explain.weights;
