package org.freshview.demo.tomcat;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo WAR on embedded Tomcat 11 with Weld and JSTL from this launcher's class path.
 *
 * <pre>{@code
 * java -cp ... org.freshview.demo.tomcat.DemoTomcat demo-war/target/freshview-demo.war target/tomcat
 * }</pre>
 *
 * Tests use {@link #start(Path, Path, int)} to run a second server beside WildFly.
 */
public final class DemoTomcat implements AutoCloseable {

    /** The context path, the same as on WildFly (the WAR's name). */
    public static final String CONTEXT = "/freshview-demo";

    private final Tomcat tomcat;
    private final int port;

    private DemoTomcat(Tomcat tomcat, int port) {
        this.tomcat = tomcat;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: DemoTomcat <freshview-demo.war> <work directory>");
            System.exit(2);
        }
        int port = Integer.getInteger("demo.port", 8080);
        DemoTomcat server = start(Path.of(args[0]), Path.of(args[1]), port);
        System.out.println();
        System.out.println("Freshview demo on Tomcat + Weld: " + server.uri());
        System.out.println("Stop with Ctrl+C.");
        server.tomcat.getServer().await();
    }

    /**
     * Starts Tomcat on a port with the WAR deployed, or fails if the application did not start
     * (Tomcat itself only logs that).
     */
    public static DemoTomcat start(Path war, Path workDirectory, int port) throws LifecycleException {
        if (!Files.isRegularFile(war)) {
            throw new IllegalArgumentException("No WAR at " + war.toAbsolutePath()
                    + ": build it first with mvn -pl demo-war -am package");
        }
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(workDirectory.toAbsolutePath().toString());
        tomcat.setPort(port);
        Connector connector = tomcat.getConnector();
        File appBase = workDirectory.resolve("webapps").toFile();
        appBase.mkdirs();
        tomcat.getHost().setAppBase(appBase.getAbsolutePath());
        Context context = tomcat.addWebapp(CONTEXT, war.toAbsolutePath().toString());
        tomcat.start();
        if (context.getState() != LifecycleState.STARTED) {
            tomcat.stop();
            tomcat.destroy();
            throw new IllegalStateException("The demo did not start on Tomcat; the reason is in the log above.");
        }
        if (connector.getState() != LifecycleState.STARTED) {
            // Tomcat only logs a port it cannot bind; another server would then answer in our place.
            tomcat.stop();
            tomcat.destroy();
            throw new IllegalStateException("Tomcat cannot listen on port " + port + " (in use?); the reason is in the log above.");
        }
        return new DemoTomcat(tomcat, port);
    }

    /** The demo's address, ending in a slash. */
    public URI uri() {
        return URI.create("http://localhost:" + port + CONTEXT + "/");
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
