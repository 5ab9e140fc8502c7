package nl.spiegel360.review;

import java.util.Optional;
import nl.spiegel360.aggregation.RaterGroup;

/**
 * How many raters of a group a reliable group mean needs on a profile revision, where the closed reviews on it tell
 * (empty where they do not yet). The nomination page asks it; it is answered where the instrument's quality is
 * known, so that nominating does not depend on how that is computed.
 */
public interface RaterAdvice {

    Optional<Integer> ratersNeeded(long profileId, RaterGroup group);
}
