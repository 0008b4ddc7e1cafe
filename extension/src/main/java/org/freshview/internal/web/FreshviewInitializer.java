package org.freshview.internal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextAttributeListener;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestAttributeListener;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import org.freshview.internal.routing.TrailingSlash;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.Settings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Installs the {@link DispatchFilter} in front of the application, so users write no web.xml,
 * and keeps the classes the container hands it for the shared-state audit: Jakarta REST
 * resources, providers and applications, and listeners, found the way Jakarta REST
 * implementations find theirs, whether or not CDI discovers them.
 */
@HandlesTypes({Path.class, Provider.class, Application.class,
        ServletContextListener.class, ServletContextAttributeListener.class, ServletRequestListener.class,
        ServletRequestAttributeListener.class, HttpSessionListener.class, HttpSessionAttributeListener.class,
        HttpSessionIdListener.class})
public class FreshviewInitializer implements ServletContainerInitializer {

    static final String FILTER_NAME = "freshview";
    /** The context attribute holding the classes handed to {@link #onStartup}, for the filter's audit. */
    static final String HANDED_CLASSES = "org.freshview.handlesTypes";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.setAttribute(HANDED_CLASSES, classes == null ? Set.of() : Set.copyOf(classes));
        // Checked here as well as where the filter reads it: some servers (GlassFish) start
        // filters lazily or only log a filter's failure, and a typo must stop the start-up.
        // An IllegalStateException, not a ServletException: Open Liberty's
        // WebApp.initializeServletContainerInitializers catches a ServletException, logs it and
        // starts the application anyway; a runtime exception fails the start on every server.
        try {
            Settings.withContextParameters(context.getClassLoader(), context::getInitParameter)
                    .find(Setting.TRAILING_SLASH)
                    .ifPresent(value -> TrailingSlash.parse(value.text(), value.source()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Freshview did not start: " + e.getMessage(), e);
        }
        FilterRegistration.Dynamic filter = context.addFilter(FILTER_NAME, DispatchFilter.class);
        if (filter == null) {
            return; // the application declared a filter of this name itself: it takes over
        }
        filter.setAsyncSupported(true);
        // REQUEST only: a view's forward to a JSP must not be routed again.
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
