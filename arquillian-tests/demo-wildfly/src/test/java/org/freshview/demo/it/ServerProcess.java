package org.freshview.demo.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An operating-system process the tests start and may kill: the demo on embedded Tomcat + Weld
 * in a JVM of its own (so that SIGKILL takes it down alone, as a crashed server), and HAProxy.
 * Output goes to a log file that a failure quotes.
 */
final class ServerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the demo WAR on Tomcat + Weld ({@code DemoTomcat}) on a port, with this JVM's database
     * and CSRF settings, named {@code instance} in its pages, and waits until it serves the form list.
     */
    static ServerProcess tomcat(String instance, int port) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = work().resolve(instance);
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m",
                "-Ddemo.port=" + port, "-Ddemo.instance=" + instance,
                "-Ddemo.db.url=" + System.getProperty("demo.db.url"),
                "-Ddemo.db.user=" + System.getProperty("demo.db.user", "sa"),
                "-Ddemo.db.password=" + System.getProperty("demo.db.password", ""),
                "-Dfreshview.csrf.key=" + System.getProperty("freshview.csrf.key"),
                "-cp", classPath(), "org.freshview.demo.tomcat.DemoTomcat",
                DemoWar.file().getAbsolutePath(), work.toString()));
        ServerProcess started = start(instance, command);
        try {
            // 180 s: a Tomcat restarted while fifty users load the other server took 75 s to reach
            // Weld on this 2-core machine under a parallel build (TLD scan 39 s); 90 s was too close
            started.awaitStatus(URI.create("http://127.0.0.1:" + port + "/freshview-demo/forms"), Duration.ofSeconds(180));
        } catch (RuntimeException e) {
            started.kill(); // never leave a server behind that the next test would mistake for its own
            throw e;
        }
        return started;
    }

    /** Starts HAProxy in the foreground with the committed configuration; its log is one line per request. */
    static ServerProcess haproxy(Path config, URI frontend) {
        ServerProcess started = start("haproxy", List.of("haproxy", "-f", config.toString(), "-db"));
        try {
            started.awaitStatus(frontend, Duration.ofSeconds(20));
        } catch (RuntimeException e) {
            started.kill();
            throw e;
        }
        return started;
    }

    private static ServerProcess start(String name, List<String> command) {
        try {
            Files.createDirectories(work());
            Path log = work().resolve(name + "-" + System.nanoTime() + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // A test JVM that ends abruptly (killed, timed out) must not leave a server on a fixed port.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop " + name));
            return new ServerProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " (" + command.get(0) + "); LoadBalancedIT needs Debian's haproxy package: apt-get install -y haproxy", e);
        }
    }

    /**
     * DemoTomcat's own class path, written by demo-tomcat's build: with the whole test class path
     * (Arquillian, WildFly's client, Selenium) Tomcat's TLD scan of every jar took 40 s on a busy
     * machine. Falls back to the test class path when demo-tomcat was not built in this reactor.
     */
    private static String classPath() {
        String file = System.getProperty("demo.tomcat.classpath.file");
        String classes = System.getProperty("demo.tomcat.classes");
        try {
            if (file != null && classes != null && Files.isRegularFile(Path.of(file)) && Files.isDirectory(Path.of(classes))) {
                return classes + java.io.File.pathSeparator + Files.readString(Path.of(file)).strip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // failsafe starts this JVM with a manifest-only jar; the real test class path is here
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static Path work() {
        return Path.of(System.getProperty("demo.work", "target/work")).toAbsolutePath();
    }

    /** Waits until a GET of the URI answers 200, or fails with the log when the process died or time ran out. */
    void awaitStatus(URI uri, Duration limit) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " did not answer 200 at " + uri + " within " + limit + ":\n" + logTail());
    }

    /** SIGKILL: the process ends at once, requests in flight included, nothing shut down cleanly. */
    void kill() {
        process.destroyForcibly(); // SIGKILL on Linux
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the process wrote, one string per line. */
    List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        List<String> lines = logLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
