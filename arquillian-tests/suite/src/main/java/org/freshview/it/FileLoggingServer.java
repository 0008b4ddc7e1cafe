package org.freshview.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A full Jakarta EE server run by Arquillian in its own process: it logs to a file under its
 * home directory and serves deployments on one local port. Server modules subclass it with a
 * public no-argument constructor, as their {@link TargetServer} service.
 */
public abstract class FileLoggingServer implements TargetServer {

    private final String homeProperty;
    private final String logFile;
    private final int port;

    /**
     * @param homeProperty the system property naming the server's directory (set by failsafe)
     * @param logFile      the log file under that directory
     * @param port         the HTTP port deployments answer on
     */
    protected FileLoggingServer(String homeProperty, String logFile, int port) {
        this.homeProperty = homeProperty;
        this.logFile = logFile;
        this.port = port;
    }

    @Override
    public long logMark() {
        try {
            Path log = log();
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String logSince(long mark) {
        Path log = log();
        if (!Files.exists(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
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
        return URI.create("http://127.0.0.1:" + port + "/" + archiveName + "/");
    }

    private Path log() {
        String home = System.getProperty(homeProperty);
        if (home == null) {
            throw new IllegalStateException("System property " + homeProperty
                    + " is not set (the failsafe configuration sets it).");
        }
        return Path.of(home, logFile);
    }
}
