package org.freshview.bench.tomcat;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.FileResourceSet;
import org.apache.catalina.webresources.StandardRoot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves WAR files on embedded Tomcat, on 127.0.0.1 only, each under its file name, with every
 * jar of a library directory added to each WAR's {@code WEB-INF/lib}:
 *
 * <pre>
 * java -cp 'classes:server-lib/*' org.freshview.bench.tomcat.TomcatServer 8180 webapp-lib load.war load-plain.war
 * </pre>
 *
 * <p>Prints {@code started in <N> ms, process CPU <M> ms} (the time of {@code Tomcat.start()},
 * which deploys the WARs, and the CPU time of the whole JVM so far, which load on the machine
 * disturbs less) once every application is up, or exits with status 1 naming the one that failed. Runs
 * until killed.
 */
public final class TomcatServer {

    private TomcatServer() {
    }

    public static void main(String[] args) throws IOException, LifecycleException {
        if (args.length < 3) {
            System.err.println("usage: TomcatServer PORT LIBRARY_DIR WAR...");
            System.exit(64);
        }
        Path base = Files.createTempDirectory("freshview-tomcat");
        Files.createDirectories(base.resolve("webapps"));
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(Integer.parseInt(args[0]));
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);

        File[] libraries = new File(args[1]).listFiles((dir, name) -> name.endsWith(".jar"));
        if (libraries == null) {
            System.err.println("Not a directory: " + args[1]);
            System.exit(64);
        }
        List<Context> contexts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path war = Path.of(args[i]).toAbsolutePath();
            String name = war.getFileName().toString().replaceFirst("\\.war$", "");
            Context context = tomcat.addWebapp("/" + name, war.toString());
            WebResourceRoot resources = new StandardRoot(context);
            for (File library : libraries) {
                resources.addPostResources(new FileResourceSet(resources, "/WEB-INF/lib/" + library.getName(),
                        library.getAbsolutePath(), "/"));
            }
            context.setResources(resources);
            contexts.add(context);
        }
        long before = System.nanoTime();
        tomcat.start();
        long millis = (System.nanoTime() - before) / 1_000_000;
        for (Context context : contexts) {
            if (context.getState() != LifecycleState.STARTED) {
                System.err.println("Application " + context.getPath() + " did not start: " + context.getState());
                tomcat.stop();
                System.exit(1);
            }
        }
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        System.out.println("started in " + millis + " ms, process CPU " + cpuMillis + " ms");
        tomcat.getServer().await();
    }
}
