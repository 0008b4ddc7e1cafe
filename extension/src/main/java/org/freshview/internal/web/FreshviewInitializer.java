package org.freshview.internal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import org.freshview.internal.routing.TrailingSlash;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.Settings;

import java.util.EnumSet;
import java.util.Set;

/** Installs the {@link DispatchFilter} in front of the application, so users write no web.xml. */
public class FreshviewInitializer implements ServletContainerInitializer {

    static final String FILTER_NAME = "freshview";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
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
