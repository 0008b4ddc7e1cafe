package org.freshview.internal.cdi;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.freshview.Routes;
import org.freshview.View;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.web.Dispatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every {@link View} bean while the container boots and builds the {@link Dispatcher}
 * from them before the first request, so nothing is looked up per request.
 */
public class ViewExtension implements Extension {

    private static final System.Logger LOG = System.getLogger(ViewExtension.class.getName());

    private final List<ViewBean> views = new ArrayList<>();
    private volatile Dispatcher dispatcher;

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
            dispatcher = Dispatcher.build(views, beanManager, applicationClassLoader());
        } catch (DeploymentProblems problems) {
            for (Diagnostic diagnostic : problems.diagnostics()) {
                event.addDeploymentProblem(new DeploymentException(diagnostic.toString()));
            }
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Freshview {0}: {1} view(s)", Version.current(), views.size());
        LOG.log(System.Logger.Level.DEBUG, () -> "Freshview routes:\n" + dispatcher.routeTable().table());
    }

    /** The class loader of the application being deployed, which sees its WEB-INF/classes. */
    private static ClassLoader applicationClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ViewExtension.class.getClassLoader();
    }

    /** The dispatcher built at deployment; {@code null} if deployment failed. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }
}
