package nl.spiegel360.base;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Start-up work that must happen once however many instances start at the same moment (the first administrator,
 * the demo organisation): done while holding a row lock in the database, so that a second instance waits, then
 * finds the work done. The lock is held on a connection of its own; the work uses its own transactions.
 */
@Component
public class StartupLock {

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void whileHolding(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("select name from startup_lock where name = 'start-up' "
                    + "for update")) {
                lock.executeQuery().close();
                work.run();
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The start-up lock could not be taken", e);
        }
    }
}
