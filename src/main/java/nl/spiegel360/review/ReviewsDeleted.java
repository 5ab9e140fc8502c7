package nl.spiegel360.review;

import java.util.List;

/**
 * Reviews are being deleted (an employee's erasure, a cycle past its retention), in the transaction that deletes them:
 * every module that keeps something of them (results, agreed levels, plans and their pulses) deletes it first.
 */
public record ReviewsDeleted(List<Long> reviewIds) {

    public ReviewsDeleted {
        reviewIds = List.copyOf(reviewIds);
    }
}
