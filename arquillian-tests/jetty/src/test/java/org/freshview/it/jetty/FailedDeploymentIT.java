package org.freshview.it.jetty;

import org.freshview.it.FailedBootCheck;

/**
 * Checks this module's {@link FailedDeploymentReporter}: on Jetty + Weld a WAR whose CDI boot fails
 * must fail its deployment with Freshview's diagnostic in the message, as on a full server.
 */
class FailedDeploymentIT extends FailedBootCheck {
}
