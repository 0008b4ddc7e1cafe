package org.freshview.it.owb;

import org.freshview.it.FailedBootCheck;

/**
 * Checks this module's {@link FailedStartDetector}: on Tomcat + OpenWebBeans a WAR whose CDI boot
 * fails must fail its deployment, with Freshview's diagnostic in the message, as on a full server.
 */
class FailedStartIT extends FailedBootCheck {
}
