package org.freshview.internal.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import org.freshview.internal.audit.AuditMode;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Settings;

import java.util.List;
import java.util.Set;

/**
 * The audit of what the container serves, run when the application starts: in a listener, because
 * a listener's failure stops the start on every server, while WildFly and Jetty start a filter
 * only at its first request. Every servlet and filter is registered by then. Declared with
 * {@code @WebListener}, not added by the initializer: a listener added programmatically may not
 * read the registrations (Servlet 6.0, 4.4). Where it does not run (a {@code web.xml} with
 * {@code metadata-complete="true"}) or CDI is not up yet when it runs (OpenWebBeans started by its
 * own listener), the dispatch filter runs the audit at its start instead.
 */
@WebListener
public class StartupAudit implements ServletContextListener {

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Deployment deployment;
        Dispatcher built;
        try {
            deployment = ApplicationBeanManager.deployment(context);
            built = deployment.dispatcher();
        } catch (ServletException | RuntimeException e) {
            return; // CDI not started yet: the filter runs the audit
        }
        if (built == null) {
            return; // deployment failed; the filter says so
        }
        Settings settings = Settings.withContextParameters(context.getClassLoader(), context::getInitParameter);
        List<String> ignored = settings.contextParametersReadTooLate();
        if (!ignored.isEmpty()) {
            throw new IllegalStateException("Freshview did not start: " + String.join(" ", ignored));
        }
        List<Diagnostic> failing = run(deployment, context, settings);
        if (!failing.isEmpty()) {
            throw new IllegalStateException(message(failing));
        }
    }

    /** Audits the served classes not audited before; returns the findings that must stop the start, logged. */
    static List<Diagnostic> run(Deployment deployment, ServletContext context, Settings settings) {
        @SuppressWarnings("unchecked")
        Set<Class<?>> handed = context.getAttribute(FreshviewInitializer.HANDED_CLASSES) instanceof Set<?> classes
                ? (Set<Class<?>>) classes : Set.of();
        List<Diagnostic> failing = deployment.auditServedClasses(ServedClasses.of(context, handed),
                AuditMode.configured(settings));
        failing.forEach(finding -> LOG.log(System.Logger.Level.ERROR, finding.toString()));
        return failing;
    }

    static String message(List<Diagnostic> failing) {
        StringBuilder message = new StringBuilder("Freshview did not start: the shared-state audit is strict and found:");
        for (Diagnostic finding : failing) {
            message.append('\n').append(finding);
        }
        return message.toString();
    }
}
