package org.freshview.internal.cdi;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what one logger writes during a test (System.Logger goes to java.util.logging here). */
final class LogRecords extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecords(String loggerName, Level level) {
        this.logger = Logger.getLogger(loggerName);
        this.previous = logger.getLevel();
        logger.setLevel(level);
        logger.addHandler(this);
    }

    static LogRecords of(String loggerName, Level level) {
        return new LogRecords(loggerName, level);
    }

    /** The formatted messages logged at exactly this level. */
    List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel() == level)
                .map(r -> r.getParameters() == null || r.getParameters().length == 0
                        ? r.getMessage() : MessageFormat.format(r.getMessage(), r.getParameters()))
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
