package org.freshview.internal.cdi;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.WithAnnotations;
import org.freshview.Routes;
import org.freshview.View;
import org.freshview.ViewEngine;
import org.freshview.internal.audit.AuditMode;
import org.freshview.internal.audit.SharedHandler;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.render.EngineDiscovery;
import org.freshview.internal.render.Engines;
import org.freshview.internal.settings.Settings;
import org.freshview.internal.web.Dispatcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every {@link View} bean while the container boots and builds the {@link Dispatcher}
 * from them before the first request, so nothing is looked up per request.
 */
public class ViewExtension implements Extension {

    private static final System.Logger LOG = System.getLogger(ViewExtension.class.getName());

    /** Late, so that the scope rules see a view type after other extensions changed it. */
    private static final int AFTER_OTHER_EXTENSIONS = 4900;

    private final List<ViewBean> views = new ArrayList<>();
    private final List<Bean<?>> localeResolvers = new ArrayList<>();
    private final ScopeRules scopeRules = new ScopeRules();
    private final SharedHandlers sharedHandlers = new SharedHandlers();
    private final SeenBeans seenBeans = new SeenBeans();
    private volatile Dispatcher dispatcher;
    private Settings settings;

    // Interceptor.Priority.PLATFORM_BEFORE and PLATFORM_AFTER + 1000 (the interceptor API is not a dependency)
    private static final int BEFORE_EVERYONE = 0;
    private static final int AFTER_EVERYONE = 5000;

    /** Each view's injection target as the container made it, before other extensions wrap it. */
    private final Map<Class<?>, InjectionTarget<?>> containerTargets = new HashMap<>();

    <T> void keepContainerInjectionTarget(@Observes @Priority(BEFORE_EVERYONE)
                                          ProcessInjectionTarget<T> event) {
        if (event.getAnnotatedType().isAnnotationPresent(View.class)) {
            containerTargets.put(event.getAnnotatedType().getJavaClass(), event.getInjectionTarget());
        }
    }

    /**
     * Undoes a Jakarta REST implementation's wrapping of a view's injection target. RESTEasy
     * (WildFly) takes any class with a {@code @GET} method for a resource and injects its
     * {@code @QueryParam} fields itself, which fails outside a Jakarta REST request; Freshview
     * binds those fields.
     */
    <T> void restoreContainerInjectionTarget(@Observes @Priority(AFTER_EVERYONE)
                                             ProcessInjectionTarget<T> event) {
        InjectionTarget<?> original = containerTargets.remove(event.getAnnotatedType().getJavaClass());
        if (original != null && original != event.getInjectionTarget()) {
            @SuppressWarnings("unchecked")
            InjectionTarget<T> restored = (InjectionTarget<T>) original;
            event.setInjectionTarget(restored);
        }
    }

    /**
     * Checks a view's shape and declared scope before the container builds its bean; a broken
     * view is vetoed so that only the FV- message is reported, not a generic one too.
     */
    <T> void checkViewType(@Observes @Priority(AFTER_OTHER_EXTENSIONS) @WithAnnotations(View.class)
                           ProcessAnnotatedType<T> event, BeanManager beanManager) {
        AnnotatedType<T> type = event.getAnnotatedType();
        if (type.isAnnotationPresent(View.class) && !scopeRules.acceptType(type, beanManager)) {
            event.veto();
        }
    }

    /**
     * Takes the Bean Validation provider's method-validation interceptor off a view's handlers
     * (Hibernate Validator's {@code @MethodValidated}, Apache BVal's {@code @BValBinding}, added by
     * their CDI extensions on full EE servers): Freshview validates the handler's arguments itself,
     * before the call, so that a handler taking a {@code Form} runs with the errors instead of
     * the interceptor throwing.
     */
    <T> void keepHandlersUnvalidated(@Observes @Priority(AFTER_EVERYONE) @WithAnnotations(View.class)
                                     ProcessAnnotatedType<T> event) {
        if (!event.getAnnotatedType().isAnnotationPresent(View.class)) {
            return;
        }
        boolean bound = event.getAnnotatedType().getMethods().stream()
                .anyMatch(m -> m.getAnnotations().stream().anyMatch(ViewExtension::isMethodValidation))
                || event.getAnnotatedType().getAnnotations().stream().anyMatch(ViewExtension::isMethodValidation);
        if (bound) {
            var configurator = event.configureAnnotatedType();
            configurator.remove(ViewExtension::isMethodValidation);
            configurator.methods().forEach(m -> m.remove(ViewExtension::isMethodValidation));
        }
    }

    private static boolean isMethodValidation(java.lang.annotation.Annotation annotation) {
        String name = annotation.annotationType().getName();
        return name.equals("org.hibernate.validator.cdi.internal.interceptor.MethodValidated")
                || name.equals("org.apache.bval.cdi.BValBinding");
    }

    /**
     * Notes the application's {@code LocaleResolver} beans as the container finds them: looked up
     * through Freshview's own bean manager instead, they are invisible on GlassFish and Payara,
     * whose bean archive for a {@code WEB-INF/lib} jar does not see {@code WEB-INF/classes}.
     */
    <T> void rememberLocaleResolver(@Observes ProcessBean<T> event) {
        if (event.getBean().getTypes().contains(org.freshview.LocaleResolver.class)) {
            localeResolvers.add(event.getBean());
        }
    }

    /** Checks the scope of the bean as built, and notes beans that serve all requests with one instance. */
    <T> void checkBean(@Observes ProcessManagedBean<T> event, BeanManager beanManager) {
        AnnotatedType<T> type = event.getAnnotatedBeanClass();
        if (type.isAnnotationPresent(View.class)) {
            scopeRules.checkBean(event.getBean(), type.getJavaClass(), beanManager);
        } else {
            seenBeans.add(event.getBean());
            sharedHandlers.consider(event.getBean(), type);
        }
    }

    /** Reports every FV-1xx problem of the deployment, each on its own, so the container lists all. */
    void reportScopeProblems(@Observes AfterBeanDiscovery event) {
        for (Diagnostic problem : scopeRules.problems()) {
            Problems.definitionError(event, problem);
        }
    }

    /** The FV-4xx audit of shared request handlers: warnings, or deployment problems in strict mode. */
    void auditSharedState(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        sharedHandlers.considerViewDependencies(views, seenBeans, beanManager);
        sharedHandlers.audit(event, settings());
    }

    <T> void rememberView(@Observes ProcessManagedBean<T> event) {
        AnnotatedType<T> type = event.getAnnotatedBeanClass();
        View view = type.getAnnotation(View.class);
        if (view != null) {
            views.add(new ViewBean(view, type, event.getBean()));
        }
    }

    /** Makes {@link Routes} injectable; its instance is the table built after validation. */
    void addRoutesBean(@Observes AfterBeanDiscovery event) {
        event.addBean()
                .beanClass(Routes.class)
                .types(Routes.class, Object.class)
                .scope(Dependent.class)
                .createWith(context -> {
                    Dispatcher built = dispatcher;
                    if (built == null) {
                        throw new IllegalStateException("Freshview routes are not available: deployment failed.");
                    }
                    return built.routeTable();
                });
    }

    void buildDispatcher(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        try {
            List<Diagnostic> problems = new ArrayList<>();
            List<ViewEngine> engines = EngineDiscovery.find(beanManager, sharedHandlers.applicationLoader(views), problems);
            if (!problems.isEmpty()) {
                throw new DeploymentProblems(problems);
            }
            dispatcher = Dispatcher.build(views, beanManager, settings(), new Engines(engines), localeResolvers);
        } catch (DeploymentProblems problems) {
            for (Diagnostic diagnostic : problems.diagnostics()) {
                Problems.deploymentProblem(event, diagnostic);
            }
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Freshview {0}: {1} view(s)", Version.current(), views.size());
        LOG.log(System.Logger.Level.DEBUG, () -> RouteTableLog.text(dispatcher.routeTableRows(), views));
    }

    /** The application's settings, read once when validation starts (before any servlet context). */
    private Settings settings() {
        if (settings == null) {
            settings = Settings.beforeServletContext(sharedHandlers.applicationLoader(views));
        }
        return settings;
    }

    /**
     * Audits the classes the servlet container serves, given by the web layer when the application
     * starts, in the mode of the complete settings; returns the findings that must stop the start.
     */
    public List<Diagnostic> auditServedClasses(Collection<SharedHandler> served, AuditMode mode) {
        return sharedHandlers.auditAtStart(served, mode);
    }

    /** The dispatcher built at deployment; {@code null} if deployment failed. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }
}
