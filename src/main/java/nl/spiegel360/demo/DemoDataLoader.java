package nl.spiegel360.demo;

import nl.spiegel360.people.DemoPeople;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisation when the application runs on its embedded default database, or with the
 * {@code demo} profile. A PostgreSQL installation without that profile never gets demo data.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private final Environment environment;
    private final DemoPeople people;

    DemoDataLoader(Environment environment, DemoPeople people) {
        this.environment = environment;
        this.people = people;
    }

    static boolean wanted(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        return environment.acceptsProfiles(Profiles.of("demo")) || url.startsWith("jdbc:h2:");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (wanted(environment)) {
            people.load();
        }
    }
}
