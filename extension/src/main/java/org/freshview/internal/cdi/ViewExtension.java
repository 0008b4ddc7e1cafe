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
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.WithAnnotations;
import org.freshview.Routes;
import org.freshview.View;
import org.freshview.ViewEngine;
import org.freshview.internal.audit.AuditMode;
import org.freshview.internal.audit.SharedClass;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.render.EngineDiscovery;
import org.freshview.internal.render.Engines;
import org.freshview.internal.settings.Settings;
import org.freshview.internal.web.Deployment;
import org.freshview.internal.web.Dispatcher;
import org.freshview.internal.web.ViewBean;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds every {@link View} bean while the container boots and builds the {@link Dispatcher}
 * from them before the first request, so nothing is looked up per request. The web layer reaches
 * what it built through {@link Deployment}, without naming this class. Where its observers run
 * among other extensions' and why: {@link ObserverOrder}.
 */
public class ViewExtension implements Extension, Deployment {

    private static final System.Logger LOG = System.getLogger(ViewExtension.class.getName());

    private final List<ViewBean> views = new ArrayList<>();
    private final List<Bean<?>> localeResolvers = new ArrayList<>();
    private final ShapeAndScopeCheck shapeAndScope = new ShapeAndScopeCheck();
    private final SharedBeans sharedBeans = new SharedBeans();
    private final SeenBeans seenBeans = new SeenBeans();
    private final ContainerInjectionTargets containerTargets = new ContainerInjectionTargets();
    private volatile Dispatcher dispatcher;
    private Settings settings;

    /** Keeps a view's injection target as the container made it, before other extensions wrap it. */
    <T> void keepContainerInjectionTarget(@Observes @Priority(ObserverOrder.FIRST) ProcessInjectionTarget<T> event) {
        containerTargets.keep(event);
    }

    /** Undoes a Jakarta REST implementation's wrapping of a view's injection target (RESTEasy on WildFly). */
    <T> void restoreContainerInjectionTarget(@Observes @Priority(ObserverOrder.LAST) ProcessInjectionTarget<T> event) {
        containerTargets.restore(event);
    }

    /**
     * Checks a view's shape and declared scope, as other extensions left them, before the container
     * builds its bean; a broken view is vetoed so that only the FV- message is reported, not a generic one too.
     */
    <T> void checkViewType(@Observes @Priority(ObserverOrder.AFTER_OTHER_EXTENSIONS) @WithAnnotations(View.class)
                           ProcessAnnotatedType<T> event, BeanManager beanManager) {
        AnnotatedType<T> type = event.getAnnotatedType();
        if (type.isAnnotationPresent(View.class) && !shapeAndScope.acceptType(type, beanManager)) {
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
    <T> void keepHandlersUnvalidated(@Observes @Priority(ObserverOrder.LAST) @WithAnnotations(View.class)
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
            shapeAndScope.checkBean(event.getBean(), type.getJavaClass(), beanManager);
        } else {
            seenBeans.add(event.getBean());
            sharedBeans.consider(event.getBean(), type);
        }
    }

    /** Reports every FV-1xx problem of the deployment, each on its own, so the container lists all. */
    void reportScopeProblems(@Observes AfterBeanDiscovery event) {
        for (Diagnostic problem : shapeAndScope.problems()) {
            Problems.definitionError(event, problem);
        }
    }

    /** The FV-4xx audit of shared classes (one instance serves every request): warnings, or deployment problems in strict mode. */
    void auditSharedState(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        sharedBeans.considerViewDependencies(views, seenBeans, beanManager);
        sharedBeans.audit(event, settings());
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
            List<ViewEngine> engines = EngineDiscovery.find(beanManager, sharedBeans.applicationLoader(views), problems);
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
            settings = Settings.beforeServletContext(sharedBeans.applicationLoader(views));
        }
        return settings;
    }

    @Override
    public List<Diagnostic> auditServedClasses(Collection<SharedClass> served, AuditMode mode) {
        return sharedBeans.auditAtStart(served, mode);
    }

    @Override
    public Dispatcher dispatcher() {
        return dispatcher;
    }
}
