package org.freshview.internal.web;

import org.freshview.internal.diagnostics.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * Finds the key that signs CSRF tokens, at deployment: the system property
 * {@code freshview.csrf.key}, else the environment variable {@code FRESHVIEW_CSRF_KEY}, else
 * {@code freshview.csrf.key} in {@code freshview.properties} at the root of the application's
 * class path (for a WAR, {@code WEB-INF/classes/freshview.properties}). It is read by the CDI
 * extension, which boots before any servlet context parameter could be seen.
 */
final class CsrfKey {

    static final String PROPERTY = "freshview.csrf.key";
    static final String ENVIRONMENT = "FRESHVIEW_CSRF_KEY";
    static final String FILE = "freshview.properties";

    private static final System.Logger LOG = System.getLogger(CsrfKey.class.getName());

    private CsrfKey() {
    }

    static String load(ClassLoader classLoader, List<Diagnostic> problems) {
        String source = "system property " + PROPERTY;
        String key = System.getProperty(PROPERTY);
        if (key == null) {
            source = "environment variable " + ENVIRONMENT;
            key = System.getenv(ENVIRONMENT);
        }
        if (key == null) {
            source = FILE;
            key = fromFile(classLoader);
        }
        if (key == null) {
            LOG.log(System.Logger.Level.WARNING, "Freshview: no CSRF key set ({0}, {1} or {2} in {3});"
                    + " using a random key. CSRF tokens will not survive a restart, and an application"
                    + " running on several instances MUST set the same key on all of them.",
                    PROPERTY, ENVIRONMENT, PROPERTY, FILE);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        }
        key = key.strip();
        if (key.length() < 32) {
            problems.add(BindingMessages.shortCsrfKey(source, key.length()));
        }
        return key;
    }

    private static String fromFile(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(FILE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(PROPERTY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
