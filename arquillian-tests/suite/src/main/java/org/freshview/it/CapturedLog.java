package org.freshview.it;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What an embedded server (Tomcat, Jetty), its CDI implementation and Freshview log in the test
 * JVM through java.util.logging, kept in memory so tests can read it: the embedded servers'
 * counterpart of WildFly's server.log.
 */
public final class CapturedLog extends Handler {

    private static final Formatter MESSAGES = new SimpleFormatter();

    private static final CapturedLog INSTANCE = new CapturedLog();

    // Held strongly: java.util.logging keeps loggers weakly, and the handler lives on this one.
    private static final Logger ROOT = Logger.getLogger("");

    private final List<String> entries = new ArrayList<>();

    static {
        ROOT.addHandler(INSTANCE);
    }

    private CapturedLog() {
    }

    public static CapturedLog get() {
        return INSTANCE;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The entries logged after the first {@code from} ones, one per line. */
    public synchronized String since(int from) {
        return String.join("\n", entries.subList(Math.min(from, entries.size()), entries.size()));
    }

    @Override
    public void publish(LogRecord record) {
        StringBuilder text = new StringBuilder()
                .append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ")
                .append(MESSAGES.formatMessage(record));
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            text.append("\n  caused by ").append(t);
        }
        synchronized (this) {
            entries.add(text.toString());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
