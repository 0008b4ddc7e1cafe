package org.freshview.internal.cdi;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.freshview.Routes;
import org.freshview.View;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.web.Dispatcher;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every {@link View} bean while the container boots and builds the {@link Dispatcher}
 * from them before the first request, so nothing is looked up per request.
 */
public class ViewExtension implements Extension {

    private static final System.Logger LOG = System.getLogger(ViewExtension.class.getName());

    private final List<ViewBean> views = new ArrayList<>();
    private volatile Dispatcher dispatcher;

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
