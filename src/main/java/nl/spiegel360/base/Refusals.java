package nl.spiegel360.base;

/**
 * Records what the signed-in user was refused outside method security: a view their roles do not allow, and a
 * record or download by id answered as not found (it does not exist, or they may not see it). Implemented by
 * security, which writes the audit entry with the user and the client's address; nothing is written for somebody
 * not signed in.
 */
public interface Refusals {

    /** A view (by its route, starting with "/") that the user's roles do not allow. */
    void refusedView(String route);

    /** A view of a record by id (its route) answered as not found. */
    void notFoundView(String route);

    /** A download answered as not found; the request's URL is recorded. */
    void notFoundDownload();
}
