package org.freshview.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.Locale;

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

    /**
     * A WAR served under {@code /name/} on every server. Jetty's deployer, and Arquillian's Jetty
     * adapter after it, give {@code root.war} the context {@code /} and {@code root-<host>.war} the
     * context {@code /} of the virtual host {@code <host>} only, which a request to 127.0.0.1 never
     * reaches (Jetty answers its own 404): such names are refused here.
     */
    static WebArchive war(String name, Class<?>... classes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("root") || lower.startsWith("root-")) {
            throw new IllegalArgumentException("A test WAR named \"" + name + "\" is not served under /" + name
                    + "/ on Jetty: its deployer reads root.war as the root context and root-<host>.war as the"
                    + " root context of the virtual host <host>. Give the WAR a name that does not start with \"root\".");
        }
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(extensionJar())
                .addClasses(classes)
                // Weld in a servlet container (Tomcat, Jetty) needs beans.xml to find the WAR's beans.
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml")
                // Read by Tomcat only: skip scanning the test class path, which is not the WAR.
                .addAsManifestResource(new StringAsset(TOMCAT_CONTEXT), "context.xml");
    }

    /**
     * The WAR with the Thymeleaf and jte engine modules and their dependencies in WEB-INF/lib, as
     * a user's build puts them there, and JSTL where the server has none.
     */
    static WebArchive withTemplateEngines(WebArchive war) {
        war.addAsLibraries(jars("engines"));
        if (!TargetServer.current().providesJstl()) {
            // Renamed: TomEE reads no TLDs from jars whose names start with "jakarta." (the entry
            // "jakarta." of openejb-core's default.exclusions), so jakarta.tags.core went unfound.
            for (File jar : jars("jstl")) {
                war.addAsLibrary(jar, "jstl-" + jar.getName());
            }
        }
        return war;
    }

    /** The jars the failsafe configuration copied into this directory next to freshview.jar. */
    private static File[] jars(String directory) {
        File libs = new File(extensionJar().getParentFile(), directory);
        File[] jars = libs.listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No jars in " + libs + ": the copy-extension-jar execution of"
                    + " arquillian-tests/pom.xml copies them there.");
        }
        return jars;
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
