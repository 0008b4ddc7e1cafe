package org.freshview.it.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Activates Jakarta REST under /api on servers that have it. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
