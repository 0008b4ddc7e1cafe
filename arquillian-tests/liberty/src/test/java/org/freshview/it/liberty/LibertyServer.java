package org.freshview.it.liberty;

import org.freshview.it.FileLoggingServer;

/** Open Liberty (with the restfulWS feature) as the suite sees it: it logs to {@code usr/servers/freshview/logs/messages.log} under {@code liberty.home} and serves on port 9080. */
public class LibertyServer extends FileLoggingServer {

    public LibertyServer() {
        super("liberty.home", "usr/servers/freshview/logs/messages.log", 9080);
    }

    /** messages.log marks an entry's level with one letter between spaces: {@code E}, {@code W}, {@code I}. */
    @Override
    public String levelInLog(System.Logger.Level level) {
        return switch (level) {
            case ERROR -> " E ";
            case WARNING -> " W ";
            case INFO -> " I ";
            default -> " 1 ";
        };
    }

    /** Liberty started the application although Freshview's initializer threw (seen in TrailingSlashStrictIT). */
    @Override
    public boolean initializerFailureStopsStart() {
        return false;
    }
}
