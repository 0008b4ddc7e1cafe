package org.freshview.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.krazo.Properties;
import org.eclipse.krazo.security.CookieCsrfTokenStrategy;

import java.util.Map;

/**
 * Turns on Jakarta REST under {@code /rest} where the server has it (WildFly); Tomcat ignores it.
 * Jakarta MVC's CSRF token goes into a cookie, as Freshview's does, rather than into an HTTP
 * session (Krazo's default), which a load generator without a cookie jar would create anew on
 * every request.
 */
@ApplicationPath("/rest")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(Properties.CSRF_TOKEN_STRATEGY, new CookieCsrfTokenStrategy.Builder().build());
    }
}
