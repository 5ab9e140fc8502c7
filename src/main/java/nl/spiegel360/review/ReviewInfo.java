package nl.spiegel360.review;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One review as a report names it: whose it is, in which cycle, on which profile revision, and where it is in its
 * life (collecting until {@code closedAt}, released to the employee at {@code releasedAt}). Never an answer.
 */
public record ReviewInfo(long reviewId, long cycleId, String cycleName, CycleState cycleState, LocalDate cycleOpensOn,
        long employeeId, String employeeName, @Nullable String team, @Nullable Long managerId, long profileId,
        @Nullable Instant closedAt, @Nullable Instant releasedAt) {

    public boolean closed() {
        return closedAt != null;
    }

    public boolean released() {
        return releasedAt != null;
    }
}
