package nl.spiegel360.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on this run's PostgreSQL database, with the demo organisation loaded, on the tests' fixed
 * clock, listening on a free port (for clients that speak HTTP, such as a SCIM client). One configuration for all:
 * a second application context would bring a second security context holder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.class)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {
}
