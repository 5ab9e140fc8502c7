package nl.spiegel360.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A full-tier test that starts what it needs itself (an instance with settings of its own, a cluster, a build):
 * these run one after the other, beside the tests on the shared demo ({@link OnTheSharedDemo}), so that the time one
 * lane spends waiting (for a start, a failover, a database that refuses) is the other's to use. Two lanes, not more:
 * the machine has two cores.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ResourceLock("instances of their own")
public @interface OnInstancesOfItsOwn {
}
