package org.openasn.retirement.support;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.openasn.testing.LocalInfraTestResource;

/** Every test of this module runs against the real PostgreSQL ("retirement" database) and Kafka of the test JVM. */
@WithTestResource(value = LocalInfraTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "retirement"))
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
