package nl.spiegel360.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.spiegel360.competency.MatrixEntryDraft;
import nl.spiegel360.competency.ProfileImportService;
import nl.spiegel360.competency.RoleProfileService;
import nl.spiegel360.security.SystemTask;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisation when the application runs on its embedded default database, or with the
 * {@code demo} profile. A PostgreSQL installation without that profile never gets demo data. The loader acts as
 * HR through the same services HR uses: the Klantadviseur profile comes in through the document importer.
 * Two earlier cycles come first ({@link DemoHistory}) unless {@code spiegel360.demo.history} is false, as it is
 * for the tests that read the demo's present alone.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String SEED_DOCUMENT = "/profiles/competentieprofiel-klantadviseur.txt";
    /** The seed profile's competencies in English. */
    static final String SEED_TRANSLATIONS = "/profiles/competentieprofiel-klantadviseur.en.json";
    /** The seed profile's competencies a customer sees first of all: external raters are asked about these. */
    static final java.util.Set<String> CUSTOMER_FACING = java.util.Set.of("Klantpartnerschap", "Inlevingsvermogen",
            "Communiceren");

    private final Environment environment;
    private final DemoPeople people;
    private final ProfileImportService profileImport;
    private final RoleProfileService profiles;
    private final nl.spiegel360.competency.ProfileReader reader;
    private final DemoReviews reviews;
    private final nl.spiegel360.base.StartupLock startupLock;
    private final DemoHistory history;

    DemoDataLoader(Environment environment, DemoPeople people, ProfileImportService profileImport,
            RoleProfileService profiles, DemoReviews reviews, nl.spiegel360.base.StartupLock startupLock,
            nl.spiegel360.competency.ProfileReader reader, DemoHistory history) {
        this.history = history;
        this.reader = reader;
        this.startupLock = startupLock;
        this.reviews = reviews;
        this.environment = environment;
        this.people = people;
        this.profileImport = profileImport;
        this.profiles = profiles;
    }

    static boolean wanted(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        return environment.acceptsProfiles(Profiles.of("demo")) || url.startsWith("jdbc:h2:");
    }

    /** Loads the demo once, however many instances start together: under the start-up lock. */
    @Override
    public void run(ApplicationArguments args) {
        if (wanted(environment)) {
            startupLock.whileHolding(this::load);
        }
    }

    private void load() {
        if (!SystemTask.call(people::load)) {
            return;
        }
        SystemTask.run(() -> {
            long profileId = profileImport.importDocument(resource(SEED_DOCUMENT), resource(SEED_TRANSLATIONS), true)
                    .id();
            var document = reader.document(profileId);
            profiles.saveMatrix(profileId, document.version(), document.competencies().stream()
                    .map(c -> new MatrixEntryDraft(c.competencyId(), c.norm(), CUSTOMER_FACING.contains(c.label())))
                    .toList());
            profiles.assignToTeam(profileId, DemoPeople.TEAM);
        });
        if (environment.getProperty("spiegel360.demo.history", Boolean.class, true)) {
            history.load(reviews::as);
        }
        reviews.load();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
