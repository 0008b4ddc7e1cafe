package org.freshview.it.wildfly;

import org.freshview.it.TargetServer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * WildFly as the suite sees it: its log is {@code standalone/log/server.log} under
 * {@code jboss.home} (set by the failsafe configuration), and it serves Jakarta REST on port 8080.
 */
public class WildFlyServer implements TargetServer {

    private static Path serverLog() {
        String home = System.getProperty("jboss.home");
        if (home == null) {
            throw new IllegalStateException("System property jboss.home is not set (the failsafe configuration sets it).");
        }
        return Path.of(home, "standalone", "log", "server.log");
    }

    @Override
    public long logMark() {
        try {
            Path log = serverLog();
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String logSince(long mark) {
        try (RandomAccessFile file = new RandomAccessFile(serverLog().toFile(), "r")) {
            long start = mark <= file.length() ? mark : 0; // the log was rotated: read it all
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasJakartaRest() {
        return true;
    }

    @Override
    public URI deploymentUri(String archiveName) {
        return URI.create("http://127.0.0.1:8080/" + archiveName + "/");
    }
}
