package org.freshview.it.jetty;

import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.jboss.arquillian.container.jetty.embedded_12_ee10.WebAppContextProcessor;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Gives every test WAR a login service without users, as a Jetty server configured for
 * authentication has: without one, Jetty fails to start a WAR whose web.xml asks for BASIC
 * authentication (SecurityConstraintIT), where the other servers use their default realm.
 */
public class EmptyLoginService implements WebAppContextProcessor {

    @Override
    public void process(WebAppContext context, Archive<?> archive) {
        HashLoginService users = new HashLoginService("freshview");
        users.setUserStore(new UserStore());
        context.getSecurityHandler().setLoginService(users);
    }
}
