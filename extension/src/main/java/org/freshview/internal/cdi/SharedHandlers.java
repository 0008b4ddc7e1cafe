package org.freshview.internal.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import org.freshview.internal.audit.AuditMode;
import org.freshview.internal.audit.SharedHandler;
import org.freshview.internal.audit.SharedStateAudit;
import org.freshview.internal.audit.SingletonRegistrations;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Settings;

import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request handlers of the deployment that one instance serves for all requests, as CDI
 * discovered them, and the FV-4xx audit of them at the end of the boot.
 *
 * <p>Only classes CDI discovers are seen: in a WAR with {@code bean-discovery-mode="annotated"}
 * (the default without beans.xml) a servlet, filter or resource without a bean-defining
 * annotation is not a bean and is not audited.
 */
final class SharedHandlers {

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    private final Map<String, SharedHandler> found = new LinkedHashMap<>();

    /** Notes a bean if its class is a shared request handler. */
    void consider(Bean<?> bean, AnnotatedType<?> type) {
        Class<?> javaClass = type.getJavaClass();
        Class<? extends Annotation> scope = bean.getScope();
        if (Servlet.class.isAssignableFrom(javaClass) || annotated(type, "jakarta.servlet.annotation.WebServlet")) {
            add(javaClass, "a servlet (the container keeps one instance for all requests)");
        } else if (Filter.class.isAssignableFrom(javaClass) || annotated(type, "jakarta.servlet.annotation.WebFilter")) {
            add(javaClass, "a filter (the container keeps one instance for all requests)");
        } else if (annotated(type, "jakarta.ws.rs.Path") && (scope == ApplicationScoped.class || scope == Singleton.class)) {
            add(javaClass, article(scope) + " @" + scope.getSimpleName() + " Jakarta REST resource (one instance for all requests)");
        } else if (annotated(type, "jakarta.ws.rs.ext.Provider") && scope != RequestScoped.class) {
            add(javaClass, "a Jakarta REST provider (the runtime keeps one instance for all requests)");
        }
        if (extendsByName(javaClass, "jakarta.ws.rs.core.Application")) {
            for (String singleton : SingletonRegistrations.of(javaClass.getName(), javaClass.getClassLoader())) {
                found.putIfAbsent(singleton, new SharedHandler(singleton, javaClass.getClassLoader(),
                        "an object created in " + javaClass.getName() + "#getSingletons() (the Jakarta REST runtime uses it"
                                + " for all requests)"));
            }
        }
    }

    /** Notes the application-scoped and singleton beans the views inject. */
    void considerViewDependencies(List<ViewBean> views, BeanManager beanManager) {
        for (ViewBean view : views) {
            for (InjectionPoint point : view.bean().getInjectionPoints()) {
                Bean<?> dependency;
                try {
                    dependency = beanManager.resolve(beanManager.getBeans(point.getType(),
                            point.getQualifiers().toArray(new Annotation[0])));
                } catch (AmbiguousResolutionException e) {
                    continue; // the container reports it
                }
                if (dependency == null || !dependency.getTypes().contains(dependency.getBeanClass())) {
                    continue; // unresolved, or a producer: its class is not the object's class
                }
                Class<? extends Annotation> scope = dependency.getScope();
                if (scope == ApplicationScoped.class || scope == Singleton.class) {
                    add(dependency.getBeanClass(), article(scope) + " @" + scope.getSimpleName() + " bean injected into the view "
                            + view.javaClass().getName() + " (one instance for all requests)");
                }
            }
        }
    }

    /**
     * Audits every shared handler: findings are logged as warnings, or reported as deployment
     * problems in strict mode.
     */
    void audit(AfterDeploymentValidation event, Settings settings) {
        AuditMode mode = AuditMode.configured(settings);
        if (mode == AuditMode.OFF) {
            return;
        }
        SharedStateAudit audit = new SharedStateAudit();
        for (SharedHandler handler : found.values()) {
            for (Diagnostic finding : audit.audit(handler)) {
                if (mode == AuditMode.STRICT) {
                    Problems.deploymentProblem(event, finding);
                } else {
                    LOG.log(System.Logger.Level.WARNING, finding.toString());
                }
            }
        }
    }

    /** A class loader that sees the application's resources, for reading its settings. */
    ClassLoader applicationLoader(List<ViewBean> views) {
        if (!views.isEmpty()) {
            return views.get(0).javaClass().getClassLoader();
        }
        if (!found.isEmpty()) {
            return found.values().iterator().next().loader();
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : SharedHandlers.class.getClassLoader();
    }

    private void add(Class<?> javaClass, String role) {
        if (javaClass.getPackageName().equals("org.freshview.internal.web")) {
            return; // Freshview's own filter: its fields are set once in init()
        }
        found.putIfAbsent(javaClass.getName(), new SharedHandler(javaClass.getName(), javaClass.getClassLoader(), role));
    }

    private static String article(Class<? extends Annotation> scope) {
        return "AEIOU".indexOf(scope.getSimpleName().charAt(0)) >= 0 ? "an" : "a";
    }

    /** By name, so that a WAR without the Jakarta REST API does not break the boot. */
    private static boolean annotated(AnnotatedType<?> type, String annotationName) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(annotationName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean extendsByName(Class<?> javaClass, String superName) {
        for (Class<?> c = javaClass.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(superName)) {
                return true;
            }
        }
        return false;
    }
}
