package nl.spiegel360.people;

/**
 * A person is being erased, in the transaction that erases them: every module that keeps the person's name or link
 * elsewhere (a comment, a rating, a plan's history) lets go of it before the person's own record is emptied.
 */
public record PersonErased(long personId) {
}
