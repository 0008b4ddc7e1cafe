package org.freshview.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the web layer's deployment settings are read, first found wins: the system property
 * ({@code freshview.csrf.key}), the environment variable named the MicroProfile Config way
 * ({@code FRESHVIEW_CSRF_KEY}: upper case, every other character an underscore), then
 * {@code freshview.properties} at the root of the application's class path (for a WAR,
 * {@code WEB-INF/classes/freshview.properties}). Read by the CDI extension, which boots before
 * any servlet context parameter could be seen. The one place to switch to a shared settings
 * source when there is one.
 */
final class SettingSources {

    static final String FILE = "freshview.properties";

    /** A setting's value and where it came from, for messages. */
    record Found(String value, String source) {
    }

    private final ClassLoader classLoader;
    private Properties file;

    SettingSources(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The environment variable that holds {@code key}: {@code freshview.csrf.secureCookie} is {@code FRESHVIEW_CSRF_SECURECOOKIE}. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The value of {@code key}, or {@code null} if no source sets it. */
    Found find(String key) {
        String value = System.getProperty(key);
        if (value != null) {
            return new Found(value, "system property " + key);
        }
        String environment = environmentName(key);
        value = System.getenv(environment);
        if (value != null) {
            return new Found(value, "environment variable " + environment);
        }
        value = file().getProperty(key);
        return value == null ? null : new Found(value, key + " in " + FILE);
    }

    private Properties file() {
        if (file == null) {
            file = new Properties();
            try (InputStream in = classLoader.getResourceAsStream(FILE)) {
                if (in != null) {
                    file.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + FILE, e);
            }
        }
        return file;
    }
}
