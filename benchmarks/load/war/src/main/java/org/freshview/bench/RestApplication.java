package org.freshview.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Turns on Jakarta REST under {@code /rest} where the server has it (WildFly); Tomcat ignores it. */
@ApplicationPath("/rest")
public class RestApplication extends Application {
}
