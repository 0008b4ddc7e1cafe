package org.freshview.it.scopes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBeanAttributes;

/** A portable extension of the application that changes {@link ModifiedView}'s scope in its bean attributes. */
public class SetsApplicationScope implements Extension {

    void setScope(@Observes ProcessBeanAttributes<ModifiedView> event) {
        event.configureBeanAttributes().scope(ApplicationScoped.class);
    }
}
