package nl.spiegel360.review;

import nl.spiegel360.people.PersonRef;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewReadModels.ReviewSummary;

/** Builds review summaries from reviews and the directory entries of their employees. */
final class ReviewSummaries {

    private ReviewSummaries() {
    }

    static ReviewSummary of(Review r, PersonRefs people) {
        PersonRef employee = people.get(r.getEmployeeId());
        return new ReviewSummary(r.getId(), r.getCycle().getId(), r.getCycle().getName(), r.getCycle().getState(),
                r.getEmployeeId(), employee == null ? "?" : employee.name(), r.getTeam(),
                r.getProfileId(), !r.isCollecting(), r.getReleasedAt() != null);
    }
}
