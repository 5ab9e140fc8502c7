package nl.spiegel360.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A browser test on the one packaged application all such tests share ({@link PackagedApplication#shared()}): these
 * run one after the other, since each changes the demo organisation the next one reads, while the tests that start
 * instances of their own ({@link OnInstancesOfItsOwn}) run beside them in the full tier.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock("the shared demo application")
public @interface OnTheSharedDemo {
}
