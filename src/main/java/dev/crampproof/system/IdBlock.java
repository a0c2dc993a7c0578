package dev.crampproof.system;

/**
 * How many ids Hibernate takes from a table's sequence in one call (the sequence generators in
 * the runner and coach package-info). The sequences of V6__id_sequences.sql go up by the same
 * step; Hibernate refuses to start if the two differ. More than the rows a plan writes to any one
 * table (about 50 sessions; 350 exercise rows when V6 set the step, before V8 moved exercises into
 * their session rows), so storing a plan asks each sequence at most once.
 */
public final class IdBlock {

    public static final int SIZE = 500;

    private IdBlock() {
    }
}
