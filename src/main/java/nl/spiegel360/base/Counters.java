package nl.spiegel360.base;

import java.util.function.IntSupplier;

/** Counting in a row shared by every instance, portable to each database the application runs on. */
public final class Counters {

    private Counters() {
    }

    /**
     * Adds to an existing counter row ({@code increment} returns the rows it changed), or creates the row with
     * {@code create}, an insert with {@code on conflict do nothing} that returns the rows it inserted; when another
     * instance created the row in between, adds to theirs. No statement fails, so the caller's transaction stays
     * usable (PostgreSQL refuses every statement after a failed one).
     */
    public static void incrementOrCreate(IntSupplier increment, IntSupplier create) {
        if (increment.getAsInt() == 0 && create.getAsInt() == 0) {
            increment.getAsInt();
        }
    }
}
