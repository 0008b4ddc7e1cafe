package org.freshview.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells the application's classes from the server's by the loader that defined them: the servlet
 * context's loader, or the loader that defined Freshview, which sits in the WAR's {@code WEB-INF/lib}.
 * The second is needed on Open Liberty, whose {@code ServletContext.getClassLoader()} is a
 * {@code ThreadContextClassLoader} that defines nothing itself: it delegates to a gateway loader
 * (its parent) and then to the application's {@code AppClassLoader} (a follow-on, not a parent), so
 * neither identity nor the parent chain leads from it to the application's classes. A loader that
 * also defined the Servlet API is the server's (an embedded container with Freshview on its class
 * path): classes it defines, such as the server's default servlet, are left out.
 */
record ApplicationClasses(ClassLoader loader, Set<ClassLoader> defining) {

    static ApplicationClasses of(ServletContext context) {
        ClassLoader server = Servlet.class.getClassLoader();
        Set<ClassLoader> defining = new HashSet<>();
        for (ClassLoader candidate : new ClassLoader[] {context.getClassLoader(), ApplicationClasses.class.getClassLoader()}) {
            if (candidate != null && candidate != server && candidate != ClassLoader.getPlatformClassLoader()) {
                defining.add(candidate);
            }
        }
        ClassLoader loader = context.getClassLoader() != null ? context.getClassLoader() : ApplicationClasses.class.getClassLoader();
        return new ApplicationClasses(loader, Set.copyOf(defining));
    }

    /** Whether the application defined {@code type}, not the server. */
    boolean defined(Class<?> type) {
        return type.getClassLoader() != null && defining.contains(type.getClassLoader());
    }
}
