package org.freshview.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** Builds test WARs the way a user builds theirs: their classes plus the Freshview jar. */
final class Deployments {

    private static final String TOMCAT_CONTEXT = """
            <Context>
                <JarScanner scanClassPath="false" scanManifest="false"/>
            </Context>
            """;

    private static final String BEANS_XML = """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
            """;

    private Deployments() {
    }

    static WebArchive war(String name, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(extensionJar())
                .addClasses(classes)
                // Weld in a servlet container (Tomcat, Jetty) needs beans.xml to find the WAR's beans.
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
                // Read by Tomcat only: skip scanning the test class path, which is not the WAR.
                .addAsManifestResource(new StringAsset(TOMCAT_CONTEXT), "context.xml");
    }

    private static File extensionJar() {
        String path = System.getProperty("freshview.jar");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("System property freshview.jar must name the built extension jar"
                    + " (the failsafe configuration sets it); found: " + path);
        }
        return new File(path);
    }
}
