package org.freshview.internal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.servlet.annotation.WebListener;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.freshview.internal.routing.TrailingSlash;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.Settings;

import java.util.EnumSet;
import java.util.Set;

/**
 * Installs the {@link DispatchFilter} in front of the application, so users write no web.xml,
 * and keeps the classes the container hands it for the shared-state audit: Jakarta REST
 * resources, providers and applications, and {@code @WebListener} listeners, found by their
 * annotations the way Jakarta REST implementations find theirs, whether or not CDI discovers them.
 * Annotation types only: for a class type (a listener interface, {@code Application}) Tomcat reads
 * the supertypes of every class of the WAR and its jars, about 10% of the start of a large WAR
 * (benchmarks/README.md); the listeners web.xml declares are read from it ({@link DeclaredListeners}),
 * and the applications it names from the servlet registrations ({@link ServedClasses}).
 */
@HandlesTypes({Path.class, Provider.class, ApplicationPath.class, WebListener.class})
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
