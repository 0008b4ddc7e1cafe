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
import org.freshview.internal.audit.EeNames;
import org.freshview.internal.audit.SharedRoles;
import org.freshview.internal.audit.SharedClasses;
import org.freshview.internal.audit.SharedClass;
import org.freshview.internal.audit.SharedStateAudit;
import org.freshview.internal.audit.SingletonRegistrations;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Settings;
import org.freshview.internal.web.ViewBean;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared classes of the deployment (one instance serves all requests) as CDI discovered
 * them: beans, and the objects an {@code Application} bean registers; and the FV-4xx audit of them
 * at the end of the boot.
 *
 * <p>CDI shows only the classes it discovers: in a WAR with {@code bean-discovery-mode="annotated"}
 * a servlet, filter or resource without a bean-defining annotation is not a bean. The classes the
 * servlet container serves come in at start-up ({@link #auditAtStart}); each class is audited once.
 */
final class SharedBeans {

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    /** Freshview's own filter: its fields are set once in init(). */
    private static final String FRESHVIEW_WEB = "org.freshview.internal.web.";

    private final Map<String, SharedClass> found = new LinkedHashMap<>();
    private final SharedStateAudit audit = new SharedStateAudit();
    private final Set<String> audited = new HashSet<>();
    /** Findings only logged while CDI booted; strict settings read at start-up make them fatal. */
    private final List<Diagnostic> warnedAtBoot = new ArrayList<>();
    /** The class loader of the first shared class found: the application's. */
    private ClassLoader firstLoader;

    /**
     * Notes a bean's class if one instance of it serves all requests (a servlet, a filter, a shared
     * resource or provider), and the objects it registers if it is a Jakarta REST {@code Application}.
     */
    void consider(Bean<?> bean, AnnotatedType<?> type) {
        Class<?> javaClass = type.getJavaClass();
        Class<? extends Annotation> scope = bean.getScope();
        if (Servlet.class.isAssignableFrom(javaClass) || EeNames.annotatedWithAny(type.getAnnotations(), SharedClasses.WEB_SERVLET)) {
            add(javaClass, SharedRoles.servlet());
        } else if (Filter.class.isAssignableFrom(javaClass) || EeNames.annotatedWithAny(type.getAnnotations(), SharedClasses.WEB_FILTER)) {
            add(javaClass, SharedRoles.filter());
        } else if (EeNames.annotatedWithAny(type.getAnnotations(), SharedClasses.PATH) && (scope == ApplicationScoped.class || scope == Singleton.class)) {
            add(javaClass, SharedRoles.sharedResource(scope.getSimpleName()));
        } else if (EeNames.annotatedWithAny(type.getAnnotations(), SharedClasses.PROVIDER) && scope != RequestScoped.class) {
            add(javaClass, SharedRoles.provider());
        }
        if (EeNames.extendsAny(javaClass, SharedClasses.APPLICATION)) {
            for (String singleton : SingletonRegistrations.of(javaClass.getName(), javaClass.getClassLoader())) {
                firstLoader = firstLoader != null ? firstLoader : javaClass.getClassLoader();
                found.putIfAbsent(singleton, new SharedClass(singleton, javaClass.getClassLoader(),
                        SharedRoles.applicationSingleton(javaClass.getName())));
            }
        }
    }

    /**
     * Notes the application-scoped and singleton beans the views inject, found among the beans
     * seen during discovery; the {@code BeanManager} only where that found nothing.
     */
    void considerViewDependencies(List<ViewBean> views, SeenBeans seen, BeanManager beanManager) {
        for (ViewBean view : views) {
            for (InjectionPoint point : view.bean().getInjectionPoints()) {
                Bean<?> dependency = seen.resolve(point).orElseGet(() -> resolve(beanManager, point));
                if (dependency == null || !dependency.getTypes().contains(dependency.getBeanClass())) {
                    continue; // unresolved, or a producer: its class is not the object's class
                }
                Class<? extends Annotation> scope = dependency.getScope();
                if (scope == ApplicationScoped.class || scope == Singleton.class) {
                    add(dependency.getBeanClass(), SharedRoles.injectedBean(scope.getSimpleName(), view.javaClass().getName()));
                }
            }
        }
    }

    private static Bean<?> resolve(BeanManager beanManager, InjectionPoint point) {
        try {
            return beanManager.resolve(beanManager.getBeans(point.getType(), point.getQualifiers().toArray(new Annotation[0])));
        } catch (AmbiguousResolutionException e) {
            return null; // the container reports it
        }
    }

    /**
     * Audits every shared class CDI found, in the mode set while CDI boots: findings are logged
     * as warnings, or reported as deployment problems in strict mode.
     */
    void audit(AfterDeploymentValidation event, Settings settings) {
        AuditMode mode = AuditMode.configured(settings);
        if (mode == AuditMode.OFF) {
            return; // unless the servlet context's settings turn it on: see auditAtStart
        }
        for (Diagnostic finding : auditOnce(found.values())) {
            if (mode == AuditMode.STRICT) {
                Problems.deploymentProblem(event, finding);
            } else {
                LOG.log(System.Logger.Level.WARNING, finding.toString());
                warnedAtBoot.add(finding);
            }
        }
    }

    /**
     * Audits, when the application starts, the classes the container serves (servlets, filters,
     * listeners, Jakarta REST classes, whatever declared them) that CDI did not show, in the mode
     * the complete settings (context-param included) give. Returns what must stop the start in
     * strict mode, the findings logged at boot included; logs the findings otherwise.
     */
    List<Diagnostic> auditAtStart(Collection<SharedClass> served, AuditMode mode) {
        if (mode == AuditMode.OFF) {
            return List.of();
        }
        List<SharedClass> all = new ArrayList<>(found.values());
        all.addAll(served);
        List<Diagnostic> findings = auditOnce(all);
        if (mode == AuditMode.STRICT) {
            List<Diagnostic> failing = new ArrayList<>(warnedAtBoot);
            failing.addAll(findings);
            return failing;
        }
        findings.forEach(finding -> LOG.log(System.Logger.Level.WARNING, finding.toString()));
        return List.of();
    }

    /** The findings of the classes not audited before: each class is audited once. */
    private synchronized List<Diagnostic> auditOnce(Collection<SharedClass> classes) {
        List<Diagnostic> findings = new ArrayList<>();
        for (SharedClass shared : classes) {
            if (!shared.className().startsWith(FRESHVIEW_WEB) && audited.add(shared.className())) {
                findings.addAll(audit.audit(shared));
            }
        }
        return findings;
    }

    /** A class loader that sees the application's resources, for reading its settings. */
    ClassLoader applicationLoader(List<ViewBean> views) {
        if (!views.isEmpty()) {
            return views.get(0).javaClass().getClassLoader();
        }
        if (!found.isEmpty()) {
            return firstLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : SharedBeans.class.getClassLoader();
    }

    private void add(Class<?> javaClass, String role) {
        firstLoader = firstLoader != null ? firstLoader : javaClass.getClassLoader();
        found.putIfAbsent(javaClass.getName(), new SharedClass(javaClass.getName(), javaClass.getClassLoader(), role));
    }
}
