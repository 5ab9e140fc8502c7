package nl.spiegel360.review;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One review as a report names it: whose it is, in which cycle, on which profile revision, and where it is in its
 * life (collecting until {@code closedAt}, released to the employee at {@code releasedAt}), and the weeks after
 * release at which its cycle asks for a follow-up pulse (0: none). Never an answer.
 */
public record ReviewInfo(long reviewId, long cycleId, String cycleName, CycleState cycleState, LocalDate cycleOpensOn,
        long employeeId, String employeeName, @Nullable String team, @Nullable Long managerId, long profileId,
        @Nullable Instant closedAt, @Nullable Instant releasedAt, int pulseWeeks) {

    public boolean closed() {
        return closedAt != null;
    }

    public boolean released() {
        return releasedAt != null;
    }
}
