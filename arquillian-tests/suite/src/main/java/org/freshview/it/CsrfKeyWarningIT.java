package org.freshview.it;

import org.freshview.it.views.HelloView;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An application that configures no CSRF key starts with a random one, and says so as a WARNING. */
@ExtendWith(ArquillianExtension.class)
class CsrfKeyWarningIT {

    private static final String NO_KEY = "no-csrf-key";

    /** The part of the warning that says what it means for the user (docs/csrf.md). */
    private static final String WARNING = "using a random key. CSRF tokens will not survive a restart";

    @Deployment(name = NO_KEY, managed = false, testable = false)
    static WebArchive noKey() {
        return Deployments.war(NO_KEY, HelloView.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void an_application_without_a_csrf_key_deploys_with_a_warning_about_the_random_key() {
        TargetServer server = TargetServer.current();
        long mark = server.logMark();
        deployer.deploy(NO_KEY);
        try {
            String log = server.logSince(mark, WARNING);
            String line = log.lines().filter(l -> l.contains(WARNING)).findFirst().orElse("");
            assertTrue(line.contains(server.levelInLog(System.Logger.Level.WARNING)),
                    () -> "expected a WARNING line with\n  " + WARNING + "\nin\n" + log);
        } finally {
            FailedDeployment.undeployQuietly(deployer, NO_KEY);
        }
    }
}
