package org.freshview.internal.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import java.util.EnumSet;
import java.util.Set;

/** Installs the {@link DispatchFilter} in front of the application, so users write no web.xml. */
public class FreshviewInitializer implements ServletContainerInitializer {

    static final String FILTER_NAME = "freshview";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        FilterRegistration.Dynamic filter = context.addFilter(FILTER_NAME, DispatchFilter.class);
        if (filter == null) {
            return; // the application declared a filter of this name itself: it takes over
        }
        filter.setAsyncSupported(true);
        // REQUEST only: a view's forward to a JSP must not be routed again.
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
