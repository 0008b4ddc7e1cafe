package org.freshview.it.jetty;

import org.freshview.it.CapturedLog;
import org.jboss.arquillian.container.jetty.embedded_12_ee10.WebAppContextProcessor;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Test-side Arquillian extension: deploys every test WAR on Jetty the way Jetty deploys a user's
 * WAR, and keeps the cause of a failed deployment in its exception.
 */
public class JettyArquillianExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        CapturedLog.get(); // capture from the first deployment on
        builder.service(WebAppContextProcessor.class, ChildFirstClassLoading.class)
                .service(WebAppContextProcessor.class, EmptyLoginService.class)
                .observer(FailedDeploymentReporter.class);
    }
}
