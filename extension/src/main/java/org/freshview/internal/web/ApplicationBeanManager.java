package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds the bean manager of the application a servlet context belongs to, once at start-up,
 * asking the most specific source first: the context attributes Weld and OpenWebBeans publish in
 * a servlet container, then JNDI {@value #JNDI_NAME} (every Jakarta EE server), then
 * {@link CDI#current()}. {@code CDI.current()} alone fails when one Weld serves several
 * applications, each with its own container id ({@code WELD_CONTEXT_ID_KEY}): Weld then publishes
 * the manager only under {@value #WELD_SERVLET_ATTRIBUTE}.
 */
final class ApplicationBeanManager {

    /** Where Weld in a servlet container publishes the manager, whatever its container id. */
    static final String WELD_SERVLET_ATTRIBUTE = "org.jboss.weld.environment.servlet." + "jakarta.enterprise.inject.spi.BeanManager";
    static final String JNDI_NAME = "java:comp/BeanManager";

    private ApplicationBeanManager() {
    }

    static BeanManager of(ServletContext context) throws ServletException {
        for (String attribute : new String[] {WELD_SERVLET_ATTRIBUTE, BeanManager.class.getName()}) {
            if (context.getAttribute(attribute) instanceof BeanManager published) {
                return published;
            }
        }
        try {
            if (new InitialContext().lookup(JNDI_NAME) instanceof BeanManager named) {
                return named;
            }
        } catch (NamingException | RuntimeException e) {
            // no JNDI here (embedded Tomcat, Jetty) or no name bound: ask CDI
        }
        try {
            return CDI.current().getBeanManager();
        } catch (IllegalStateException e) {
            throw new ServletException("Freshview found no CDI container in " + context.getContextPath()
                    + ". On a servlet container add a CDI implementation (for example weld-servlet-core)"
                    + " and a WEB-INF/beans.xml to the WAR; every Jakarta EE server has CDI built in.", e);
        }
    }

    /**
     * The deployment the CDI extension built for the application this servlet context belongs
     * to: the extension's own bean, found by the interface it implements.
     */
    static Deployment deployment(ServletContext context) throws ServletException {
        BeanManager beanManager = of(context);
        Bean<?> bean = beanManager.resolve(beanManager.getBeans(Deployment.class));
        if (bean == null) {
            throw new ServletException("Freshview found no deployment in " + context.getContextPath()
                    + ": its CDI extension did not run.");
        }
        return (Deployment) beanManager.getReference(bean, Deployment.class, beanManager.createCreationalContext(bean));
    }
}
