package nl.spiegel360.base;

/**
 * Records that the signed-in user was refused something that no access rule refused by itself: a record by id
 * that does not exist or may not be seen, a download of such a record. Implemented by security, which writes the
 * audit entry with the user, the request's URL and the client's address.
 */
public interface Refusals {

    void refused(String what);
}
