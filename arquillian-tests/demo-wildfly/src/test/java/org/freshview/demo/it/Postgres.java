package org.freshview.demo.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The PostgreSQL the build started (src/test/postgres/postgres.sh), for faults the tests inject. */
final class Postgres {

    private Postgres() {
    }

    /** Whether the servers' database is the build's PostgreSQL (the default), not an H2 given on the command line. */
    static boolean inUse() {
        return String.valueOf(System.getProperty("demo.db.url")).startsWith("jdbc:postgresql:");
    }

    /** A fast restart: every connection is cut, the database is back when this returns. */
    static void restart() {
        String script = System.getProperty("demo.postgres.script");
        String directory = System.getProperty("demo.postgres.dir");
        try {
            Process restart = new ProcessBuilder("bash", script, "restart", directory).redirectErrorStream(true).start();
            String output = new String(restart.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (restart.waitFor() != 0) {
                throw new IllegalStateException("postgres.sh restart failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
