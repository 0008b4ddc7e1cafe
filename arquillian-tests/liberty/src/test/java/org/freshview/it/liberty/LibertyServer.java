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

    /** Measured on 25.0.0.10 with the default httpDispatcher: {@code X-Forwarded-Proto: https} makes {@code isSecure()} true. */
    @Override
    public boolean trustsForwardedProto() {
        return true;
    }
}
