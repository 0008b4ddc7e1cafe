package org.freshview.it;

import org.freshview.it.shared.CounterResource;
import org.freshview.it.shared.RestApplication;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class SharedStateAuditIT {

    private static final String WARN = "audit-warn";
    private static final String STRICT = "audit-strict";

    private static final String FINDING = "FV-401 " + CounterResource.class.getName() + "#count: The field count"
            + " (int) is written in next(), but the class is an @ApplicationScoped Jakarta REST resource (one"
            + " instance for all requests), so concurrent requests overwrite each other's value. Keep the value in"
            + " a local variable or a @RequestScoped bean, or use a thread-safe type (an AtomicReference,"
            + " AtomicLong, ...). If sharing is intended and safe, annotate the field with"
            + " @SharedStateReviewed(reason = \"...\").";

    @Deployment(name = WARN, managed = false, testable = false)
    static WebArchive warn() {
        return Deployments.war(WARN, CounterResource.class, RestApplication.class);
    }

    @Deployment(name = STRICT, managed = false, testable = false)
    static WebArchive strict() {
        return Deployments.war(STRICT, CounterResource.class, RestApplication.class)
                .addAsResource(new StringAsset("freshview.audit=strict\n"), "freshview.properties");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void a_shared_resource_that_writes_a_field_deploys_with_an_FV_401_warning() throws Exception {
        TargetServer server = TargetServer.current();
        long mark = server.logMark();
        deployer.deploy(WARN);
        try {
            String log = server.logSince(mark, FINDING);
            assertTrue(log.contains(FINDING), () -> "expected the server log to contain\n  " + FINDING
                    + "\nbut it said\n" + log);
            if (server.hasJakartaRest()) {
                URL base = server.deploymentUri(WARN).toURL();
                HttpResponse<String> response = Http.get(base, "api/counter");
                assertEquals(200, response.statusCode());
                assertEquals("count=1", response.body());
            }
        } finally {
            FailedDeployment.undeployQuietly(deployer, WARN);
        }
    }

    @Test
    void in_strict_mode_the_same_resource_fails_deployment_with_the_FV_401_message() {
        String failure = FailedDeployment.of(deployer, STRICT);

        assertTrue(failure.contains(FINDING), () -> "expected the deployment failure to contain\n  " + FINDING
                + "\nbut it said\n" + failure);
    }
}
