package nl.spiegel360.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal links of external raters: each an access grant for one request, not a login. A link holds 256
 * random bits; only their SHA-256 is kept, so that nothing in the database opens a questionnaire. A link opens its
 * request while the request is open (not proposed, submitted or declined, not withdrawn), the review collecting,
 * the cycle taking answers and its last day not passed, and the rater's identity not erased.
 */
@Component
class ExternalLinks {

    /** The path of the page behind a link; the token follows it. */
    static final String PATH = "/feedback/";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final RaterAssignmentRepository assignments;
    private final Clock clock;

    ExternalLinks(JdbcClient jdbc, RaterAssignmentRepository assignments, Clock clock) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** A new link to this external rater's request (the invitation, a reminder); earlier links stay valid. */
    String issue(long assignmentId) {
        String token = Secrets.randomToken();
        jdbc.sql("insert into external_link (token_hash, assignment_id, created_at) values (?, ?, ?)")
                .params(Secrets.sha256Hex(token), assignmentId, Timestamp.from(clock.instant())).update();
        return token;
    }

    /** The request this link opens now, if it opens one. */
    Optional<RaterAssignment> open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("""
                select l.assignment_id from external_link l join external_rater e on e.assignment_id = l.assignment_id
                where l.token_hash = ? and e.erased_at is null""").param(Secrets.sha256Hex(token))
                .query(Long.class).optional();
        return id.flatMap(assignments::findWithReview).filter(this::opens);
    }

    private boolean opens(RaterAssignment a) {
        return a.getGroup() == RaterGroup.EXTERNAL && a.acceptsAnswersOn(LocalDate.now(clock));
    }
}
