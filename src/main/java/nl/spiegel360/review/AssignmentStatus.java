package nl.spiegel360.review;

/**
 * A feedback request's status: proposed by the employee and awaiting the manager, then not started, in
 * progress, submitted, or declined by the rater.
 */
public enum AssignmentStatus {
    PROPOSED, NOT_STARTED, IN_PROGRESS, SUBMITTED, DECLINED;

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
