package org.freshview.demo.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the demo's database is: {@code demo.db.url}, {@code demo.db.user} and
 * {@code demo.db.password}, read from system properties first, then from
 * {@code demo.properties} on the class path ({@code WEB-INF/classes/demo.properties}).
 *
 * <pre>{@code
 * -Ddemo.db.url=jdbc:postgresql://localhost/freshview -Ddemo.db.user=app -Ddemo.db.password=secret
 * }</pre>
 */
public record DatabaseSettings(String url, String user, String password) {

    static final String RESOURCE = "demo.properties";

    /** The settings of this process: system properties override the WAR's file. */
    public static DatabaseSettings load() {
        Properties file = new Properties();
        try (InputStream in = DatabaseSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                file.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new DatabaseSettings(
                setting("demo.db.url", file),
                setting("demo.db.user", file),
                setting("demo.db.password", file));
    }

    private static String setting(String name, Properties file) {
        String value = System.getProperty(name, file.getProperty(name));
        if (value == null) {
            throw new IllegalStateException("The demo needs the setting " + name
                    + ": give it as a system property or in WEB-INF/classes/" + RESOURCE);
        }
        // ${user.home} and other system properties may appear in the file's values.
        return expand(value.trim());
    }

    static String expand(String value) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int start = value.indexOf("${", at);
            int end = start < 0 ? -1 : value.indexOf('}', start);
            if (end < 0) {
                return out.append(value, at, value.length()).toString();
            }
            String name = value.substring(start + 2, end);
            out.append(value, at, start).append(System.getProperty(name, ""));
            at = end + 1;
        }
    }

    /** The password is left out, so the settings can be logged. */
    @Override
    public String toString() {
        return "url=" + url + ", user=" + user;
    }
}
