package nl.spiegel360.base;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A moment read from a row with JDBC: the one place that turns a column that may be empty into an instant. */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** The moment of a column that may be empty; null where it is. */
    public static @Nullable Instant instant(@Nullable Timestamp column) {
        return column == null ? null : column.toInstant();
    }
}
