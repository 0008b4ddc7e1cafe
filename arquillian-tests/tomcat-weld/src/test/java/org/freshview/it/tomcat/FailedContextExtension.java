package org.freshview.it.tomcat;

import org.freshview.it.CapturedLog;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link FailedContextCheck} with Arquillian. */
public class FailedContextExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        CapturedLog.get(); // capture from the first deployment on
        builder.observer(FailedContextCheck.class);
    }
}
