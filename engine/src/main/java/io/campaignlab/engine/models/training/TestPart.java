package io.campaignlab.engine.models.training;

/**
 * The test part of a split, held apart from training and validation: only {@link CtrTraining#test} reads it, and
 * counts each read, so that a run can show (and a test can check) that its test part was evaluated exactly once.
 * The training and validation stages see a copy of the labels with the test rows' labels blanked.
 */
public final class TestPart {

    private final int[] rows;
    private final float[][] labels;
    private int reads;

    TestPart(int[] rows, float[][] labels) {
        this.rows = rows.clone();
        this.labels = labels;
    }

    /** The test rows and the unblanked labels, counted as one read. */
    synchronized Read read() {
        reads++;
        return new Read(rows.clone(), labels);
    }

    /** How many times the test part has been read. */
    public synchronized int reads() {
        return reads;
    }

    /** How many test rows there are (a count, not a read). */
    public int size() {
        return rows.length;
    }

    /** One read: the test row positions and every label array (clicks, and for ESMM click-and-purchase). */
    record Read(int[] rows, float[][] labels) {
    }
}
