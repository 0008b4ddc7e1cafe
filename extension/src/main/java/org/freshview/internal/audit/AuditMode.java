package org.freshview.internal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * What the audit does with its findings: log them ({@link #WARN}, the default), fail the
 * deployment ({@link #STRICT}), or not run ({@link #OFF}).
 *
 * <p>Read while CDI boots, before any servlet context parameter could be (Tomcat + Weld boots CDI
 * first): the system property {@value #PROPERTY} wins, else the same key in a
 * {@value #RESOURCE} resource on the application's class path (for a WAR, {@code WEB-INF/classes}).
 */
public enum AuditMode {
    OFF, WARN, STRICT;

    public static final String PROPERTY = "freshview.audit";
    public static final String RESOURCE = "freshview.properties";

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    /** The mode configured for the application whose classes {@code loader} loads. */
    public static AuditMode configured(ClassLoader loader) {
        String value = System.getProperty(PROPERTY);
        String origin = "system property " + PROPERTY;
        if (value == null && loader != null) {
            value = fromResource(loader);
            origin = RESOURCE + " key " + PROPERTY;
        }
        if (value == null || value.isBlank()) {
            return WARN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Freshview: " + origin + " is \"" + value
                    + "\"; expected strict, warn or off. The audit runs in warn mode.");
            return WARN;
        }
    }

    private static String fromResource(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(PROPERTY);
        } catch (IOException e) {
            return null;
        }
    }
}
