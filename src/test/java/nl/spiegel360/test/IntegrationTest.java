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
 * clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestClock.class)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {
}
