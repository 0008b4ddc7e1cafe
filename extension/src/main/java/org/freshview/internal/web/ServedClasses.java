package org.freshview.internal.web;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.freshview.internal.audit.EeNames;
import org.freshview.internal.audit.SharedRoles;
import org.freshview.internal.audit.SharedClasses;
import org.freshview.internal.audit.SharedClass;
import org.freshview.internal.audit.SingletonRegistrations;

import java.lang.reflect.Modifier;
import java.util.EventListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The container facts the audit needs, whatever declared the classes (annotation, web.xml,
 * web-fragment, {@code addServlet}) and whether or not CDI discovered them: the servlets and filters
 * registered in the servlet context, and, from the classes Freshview's initializer was handed
 * ({@code @HandlesTypes}), the listeners and the Jakarta REST classes that one instance serves:
 * {@code @Singleton} and {@code @ApplicationScoped} resources (a plain resource is made per
 * request), providers, and objects created in {@code Application.getSingletons()}.
 */
final class ServedClasses {

    private ServedClasses() {
    }

    /** The application's own shared classes: a class the server itself loads (its default servlet) is not the application's. */
    static List<SharedClass> of(ServletContext context, Set<Class<?>> handedToInitializer) {
        ApplicationClasses own = ApplicationClasses.of(context);
        Map<String, SharedClass> found = new LinkedHashMap<>();
        for (ServletRegistration registration : context.getServletRegistrations().values()) {
            add(found, registration.getClassName(), own, SharedRoles.servlet());
        }
        for (var registration : context.getFilterRegistrations().values()) {
            add(found, registration.getClassName(), own, SharedRoles.filter());
        }
        for (Class<?> type : handedToInitializer) {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !own.defined(type)) {
                continue;
            }
            if (Servlet.class.isAssignableFrom(type) || Filter.class.isAssignableFrom(type)) {
                continue; // served only if registered: seen above
            }
            ClassLoader application = type.getClassLoader();
            String scope = sharedScope(type);
            if (annotated(type, SharedClasses.PATH)) {
                if (scope != null) {
                    found.putIfAbsent(type.getName(), new SharedClass(type.getName(), application, SharedRoles.sharedResource(scope)));
                }
            } else if (annotated(type, SharedClasses.PROVIDER)) {
                if (!annotated(type, SharedClasses.REQUEST_SCOPED)) {
                    found.putIfAbsent(type.getName(), new SharedClass(type.getName(), application, SharedRoles.provider()));
                }
            } else if (EeNames.extendsAny(type, SharedClasses.APPLICATION)) {
                for (String singleton : SingletonRegistrations.of(type.getName(), application)) {
                    found.putIfAbsent(singleton, new SharedClass(singleton, application,
                            SharedRoles.applicationSingleton(type.getName())));
                }
            } else if (EventListener.class.isAssignableFrom(type)) {
                found.putIfAbsent(type.getName(), new SharedClass(type.getName(), application, SharedRoles.listener()));
            }
        }
        return List.copyOf(found.values());
    }

    private static void add(Map<String, SharedClass> found, String className, ApplicationClasses own, String role) {
        if (className == null || found.containsKey(className)) {
            return;
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, own.loader());
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        if (own.defined(type)) { // not the server's own servlet or filter (a default servlet, a REST runtime's dispatcher)
            found.put(className, new SharedClass(className, type.getClassLoader(), role));
        }
    }

    /** {@code "Singleton"} or {@code "ApplicationScoped"} when one instance serves all requests, else {@code null}. */
    private static String sharedScope(Class<?> type) {
        if (annotated(type, SharedClasses.SINGLETON)) {
            return "Singleton";
        }
        return annotated(type, SharedClasses.APPLICATION_SCOPED) ? "ApplicationScoped" : null;
    }

    private static boolean annotated(Class<?> type, Set<String> annotationNames) {
        return EeNames.annotatedWithAny(List.of(type.getAnnotations()), annotationNames);
    }
}
