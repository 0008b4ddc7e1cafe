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
import java.util.ArrayList;
import java.util.EventListener;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The container facts the audit needs, whatever declared the classes (annotation, web.xml,
 * web-fragment, {@code addServlet}) and whether or not CDI discovered them: the servlets and filters
 * registered in the servlet context; the listeners, {@code @WebListener} classes handed to Freshview's
 * initializer ({@code @HandlesTypes}) and those the descriptors declare ({@link DeclaredListeners});
 * and the Jakarta REST classes that one instance serves, handed by their annotations:
 * {@code @Singleton} and {@code @ApplicationScoped} resources (a plain resource is made per
 * request), providers, and objects created in {@code Application.getSingletons()} of an
 * {@code @ApplicationPath} application or of one a servlet registration names (web.xml).
 */
final class ServedClasses {

    /** The servlet init parameter naming the application class (Jakarta REST 3.1, 2.3.2). */
    private static final String APPLICATION_PARAMETER = "jakarta.ws.rs.Application";

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
        Set<Class<?>> candidates = new LinkedHashSet<>(handedToInitializer);
        for (String listener : DeclaredListeners.of(context)) {
            load(listener, own).ifPresent(candidates::add);
        }
        candidates.addAll(registeredApplications(context, own));
        for (Class<?> type : candidates) {
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
        // not the server's own servlet or filter (a default servlet, a REST runtime's dispatcher)
        load(className, own).filter(own::defined)
                .ifPresent(type -> found.put(className, new SharedClass(className, type.getClassLoader(), role)));
    }

    private static Optional<Class<?>> load(String className, ApplicationClasses own) {
        try {
            return Optional.of(Class.forName(className, false, own.loader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * The {@code Application} subclasses web.xml deploys without {@code @ApplicationPath}: as a
     * servlet's name, or its {@code jakarta.ws.rs.Application} init parameter (Jakarta REST 3.1, 2.3.2).
     */
    private static List<Class<?>> registeredApplications(ServletContext context, ApplicationClasses own) {
        List<Class<?>> applications = new ArrayList<>();
        for (ServletRegistration registration : context.getServletRegistrations().values()) {
            for (String name : new String[] {registration.getName(), registration.getInitParameter(APPLICATION_PARAMETER)}) {
                if (name != null && name.indexOf('.') > 0) {
                    load(name, own).filter(type -> EeNames.extendsAny(type, SharedClasses.APPLICATION))
                            .ifPresent(applications::add);
                }
            }
        }
        return applications;
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
