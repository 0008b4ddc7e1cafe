package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.internal.cdi.ViewExtension;
import org.freshview.internal.routing.TrailingSlash;
import org.freshview.internal.routing.UnmatchablePathException;

import java.io.IOException;

/** Sends requests that match a view to it; everything else goes down the chain untouched. */
public class DispatchFilter extends HttpFilter {

    private transient Dispatcher dispatcher;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Dispatcher built = beanManager(config.getServletContext()).getExtension(ViewExtension.class).dispatcher();
        if (built == null) {
            throw new ServletException("Freshview did not start: see the deployment errors above.");
        }
        // Read here, not in the extension: on Tomcat + Weld the extension runs before context
        // parameters could reach it, and both only matter to this filter.
        String policy = config.getInitParameter(TrailingSlash.PARAMETER);
        if (policy == null) {
            policy = config.getServletContext().getInitParameter(TrailingSlash.PARAMETER);
        }
        try {
            dispatcher = built.forApplication(config.getServletContext().getContextPath(), TrailingSlash.parse(policy));
        } catch (IllegalArgumentException e) {
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

    /**
     * The application's bean manager, found once at start-up: Weld in a servlet container
     * publishes it as a context attribute; full Jakarta EE servers answer {@link CDI#current()}.
     */
    private static BeanManager beanManager(ServletContext context) throws ServletException {
        if (context.getAttribute(BeanManager.class.getName()) instanceof BeanManager published) {
            return published;
        }
        try {
            return CDI.current().getBeanManager();
        } catch (IllegalStateException e) {
            throw new ServletException("Freshview found no CDI container in " + context.getContextPath()
                    + ". On a servlet container add a CDI implementation (for example weld-servlet-core)"
                    + " and a WEB-INF/beans.xml to the WAR; every Jakarta EE server has CDI built in.", e);
        }
    }
}
