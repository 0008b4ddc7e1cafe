package org.freshview.it.tomcat;

import org.apache.catalina.core.StandardContext;
import org.freshview.it.CapturedLog;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;

/**
 * Makes a failed deployment fail on Tomcat as it does on a Jakarta EE server: Tomcat only logs a
 * context that did not start, so after each deploy this checks the context and, if it is not
 * available, throws with what was logged meanwhile (Weld's and Freshview's messages).
 */
public class FailedContextCheck {

    @Inject
    private Instance<StandardContext> context;

    private int logMark;

    public void markLog(@Observes BeforeDeploy event) {
        logMark = CapturedLog.get().size();
    }

    public void checkContext(@Observes AfterDeploy event) throws DeploymentException {
        StandardContext deployed = context.get();
        if (deployed != null && !deployed.getState().isAvailable()) {
            throw new DeploymentException("Deployment " + event.getDeployment().getName() + " failed: Tomcat left"
                    + " context " + deployed.getPath() + " " + deployed.getState() + ". Logged meanwhile:\n"
                    + CapturedLog.get().since(logMark));
        }
    }
}
