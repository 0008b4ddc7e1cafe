package org.freshview.internal.render;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.freshview.ViewEngine;
import org.freshview.internal.diagnostics.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the application's engines: CDI beans of type {@link ViewEngine} first, then the
 * {@link ServiceLoader} services of the WAR whose class no bean has or extends (an engine
 * module's jar registers a service, so it needs no beans.xml; an application customises it
 * by subclassing it as a bean).
 */
public final class EngineDiscovery {

    private EngineDiscovery() {
    }

    /** The engines; a service that cannot be loaded is added to {@code problems}. */
    public static List<ViewEngine> find(BeanManager beanManager, ClassLoader application, List<Diagnostic> problems) {
        List<ViewEngine> engines = new ArrayList<>();
        List<Class<?>> beanClasses = new ArrayList<>();
        for (Bean<?> bean : beanManager.getBeans(ViewEngine.class, Any.Literal.INSTANCE)) {
            beanClasses.add(bean.getBeanClass());
            engines.add((ViewEngine) beanManager.getReference(bean, ViewEngine.class, beanManager.createCreationalContext(bean)));
        }
        try {
            for (ServiceLoader.Provider<ViewEngine> service : ServiceLoader.load(ViewEngine.class, application)
                    .stream().toList()) {
                if (beanClasses.stream().noneMatch(service.type()::isAssignableFrom)) {
                    engines.add(service.get());
                }
            }
        } catch (ServiceConfigurationError e) {
            problems.add(RenderMessages.unloadableEngine(e.getMessage()));
        }
        return engines;
    }
}
