package nl.spiegel360.base;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures a second try may not meet: a connection that a failover or a network blip ended, a database that
 * was briefly unreachable, a transaction that could not begin or roll back over its connection. A call that is one
 * transaction can be tried again once without harm: a failed try committed nothing, and a save whose commit did
 * reach the database meets its own new version on the second try and is refused as changed elsewhere.
 */
@org.springframework.stereotype.Component
public final class TransientFailures {

    private static final Logger log = LoggerFactory.getLogger(TransientFailures.class);

    private final javax.sql.DataSource dataSource;

    /** PostgreSQL's SQL states of a connection that went away: class 08 and "terminated by the administrator". */
    private static final java.util.Set<String> LOST_CONNECTION = java.util.Set.of("57P01", "57P02", "57P03");

    TransientFailures(javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs the call (one transaction), and once more when its first try met a transient failure. Before the second
     * try the pool lets go of its idle connections: what ended one of them (a failover, a restarted database) has
     * usually ended them all. A call that already waited the pool's whole wait for a connection is not tried again:
     * the database is unreachable, and a second wait would only double the time before the person is told.
     */
    public <T> T retryOnce(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (!isTransient(e) || waitedForConnection(e)) {
                throw e;
            }
            log.warn("Trying again after a transient database failure: {}", e.getMessage());
            evictIdleConnections();
            return call.get();
        }
    }

    private void evictIdleConnections() {
        try {
            if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                var pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (java.sql.SQLException e) {
            log.debug("The pool's connections could not be evicted", e);
        }
    }

    /** Whether the pool gave up waiting for a connection: the database did not take new ones for its whole wait. */
    static boolean waitedForConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** Whether this failure, or one of its causes, is one that a second try may not meet. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.TransactionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || LOST_CONNECTION.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
