package org.freshview.it.jetty;

import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.jboss.arquillian.container.jetty.embedded_12_ee10.WebAppContextProcessor;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Gives the WAR's own classes priority over the test class path, as the servlet specification
 * and a standalone Jetty do. The adapter's default is parent-first, and the suite jar on the test
 * class path holds the same view classes with their {@code @View} annotation unresolvable there
 * (the extension is in the WAR only): Weld would load those copies and find no views. The adapter's
 * {@code classloaderBehavior} option would do the same, but arquillian.xml cannot set an enum.
 */
public class ChildFirstClassLoading implements WebAppContextProcessor {

    @Override
    public void process(WebAppContext context, Archive<?> archive) {
        context.setParentLoaderPriority(false);
    }
}
