package org.freshview.it.tomee;

import org.freshview.it.TargetServer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * TomEE webprofile as the suite sees it: its log is the newest {@code logs/catalina.log} under the
 * system property {@code tomee.home} (set by the failsafe configuration), and it serves on port 8180.
 */
public class TomEEServer implements TargetServer {

    private static Path serverLog() {
        String home = System.getProperty("tomee.home");
        if (home == null) {
            throw new IllegalStateException("System property tomee.home is not set (the failsafe configuration sets it).");
        }
        Path file = Path.of(home, "logs/catalina.log");
        // The newest match, should the server rotate its log under a dated name
        try (Stream<Path> candidates = Files.exists(file.getParent()) ? Files.list(file.getParent()) : Stream.empty()) {
            String pattern = file.getFileName().toString().replace(".", "\\.").replace("*", ".*");
            return candidates.filter(p -> p.getFileName().toString().matches(pattern))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        Path log = serverLog();
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
        return URI.create("http://127.0.0.1:8180/" + archiveName + "/");
    }
}
