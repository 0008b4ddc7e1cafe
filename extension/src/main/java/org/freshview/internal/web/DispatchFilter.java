package org.freshview.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.routing.TrailingSlash;
import org.freshview.internal.routing.UnmatchablePathException;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.Settings;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/** Sends requests that match a view to it; everything else goes down the chain untouched. */
public class DispatchFilter extends HttpFilter {

    private transient Dispatcher dispatcher;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Deployment deployment = ApplicationBeanManager.deployment(config.getServletContext());
        Dispatcher built = deployment.dispatcher();
        if (built == null) {
            throw new ServletException("Freshview did not start: see the deployment errors above.");
        }
        // Read here, not in the extension: only this filter needs it, and here a context-param can set it.
        ServletContext context = config.getServletContext();
        Settings settings = Settings.withContextParameters(context.getClassLoader(),
                name -> config.getInitParameter(name) != null ? config.getInitParameter(name) : context.getInitParameter(name));
        List<String> ignored = settings.contextParametersReadTooLate();
        if (!ignored.isEmpty()) {
            throw new ServletException("Freshview did not start: " + String.join(" ", ignored));
        }
        List<Diagnostic> failing = StartupAudit.run(deployment, context, settings); // if its listener could not
        if (!failing.isEmpty()) {
            throw new ServletException(StartupAudit.message(failing));
        }
        try {
            TrailingSlash policy = settings.find(Setting.TRAILING_SLASH)
                    .map(value -> TrailingSlash.parse(value.text(), value.source()))
                    .orElse(TrailingSlash.REDIRECT);
            dispatcher = built.forApplication(context.getContextPath(), policy);
        } catch (IllegalArgumentException e) {
            throw new ServletException("Freshview did not start: " + e.getMessage(), e);
        }
        Predicate<String> claimed = dispatcher::claims;
        context.setAttribute(Dispatcher.CLAIMED_PATHS, claimed);
        try {
            dispatcher.engines().start(new EngineSetup(context, settings));
        } catch (IllegalStateException e) {
            throw new ServletException(e.getMessage(), e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean handled;
        try {
            handled = dispatcher.dispatch(request, response);
        } catch (UnmatchablePathException e) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        if (!handled) {
            chain.doFilter(request, response);
        }
    }
}
