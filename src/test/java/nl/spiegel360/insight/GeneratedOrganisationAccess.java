package nl.spiegel360.insight;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The generated organisation for the page's tests in another package: what they need of it. */
public final class GeneratedOrganisationAccess {

    private GeneratedOrganisationAccess() {
    }

    public record Org(String prefix, List<Long> cycleIds, List<String> teams, Map<String, String> leaderEmails) {
    }

    public static Org create(DataSource dataSource, long seed, int[] teamSizes) {
        GeneratedOrganisation org = GeneratedOrganisation.create(dataSource, seed, teamSizes);
        return new Org(org.prefix(), org.cycleIds(), org.teams(), org.leaderEmails());
    }
}
