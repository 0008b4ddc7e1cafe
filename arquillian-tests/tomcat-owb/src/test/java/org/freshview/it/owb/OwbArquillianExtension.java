package org.freshview.it.owb;

import org.freshview.it.CapturedLog;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Test-side Arquillian extension: every test WAR starts OpenWebBeans, and a failed start fails the deployment. */
public class OwbArquillianExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        CapturedLog.get(); // capture from the first deployment on
        builder.observer(OwbListenerInstaller.class)
                .observer(FailedStartDetector.class);
    }
}
