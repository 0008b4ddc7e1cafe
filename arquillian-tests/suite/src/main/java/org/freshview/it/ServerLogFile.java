package org.freshview.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A server's log file, read from a position on: what {@link TargetServer#logMark()} and
 * {@link TargetServer#logSince(long)} need for servers that log to a file.
 */
public final class ServerLogFile {

    private final String homeProperty;
    private final String relativePath;

    /**
     * @param homeProperty the system property naming the server's directory (set by failsafe)
     * @param relativePath the log file under that directory
     */
    public ServerLogFile(String homeProperty, String relativePath) {
        this.homeProperty = homeProperty;
        this.relativePath = relativePath;
    }

    public long mark() {
        try {
            Path log = path();
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String since(long mark) {
        Path log = path();
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

    private Path path() {
        String home = System.getProperty(homeProperty);
        if (home == null) {
            throw new IllegalStateException("System property " + homeProperty
                    + " is not set (the failsafe configuration sets it).");
        }
        return Path.of(home, relativePath);
    }
}
