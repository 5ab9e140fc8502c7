package nl.spiegel360.review;

/** One score of a submitted questionnaire, read without the entity around it (reports read thousands). */
record SubmittedScore(long assignmentId, long indicatorId, @org.jspecify.annotations.Nullable Integer score) {
}
