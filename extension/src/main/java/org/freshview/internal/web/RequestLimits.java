package org.freshview.internal.web;

import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.rules.BindingMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * How much one request may send Freshview, read once at deployment. The number of parameters
 * of a query string or a form body is {@value #MAX_PARAMETERS} (default
 * {@value #DEFAULT_MAX_PARAMETERS}, the same as Tomcat's and Undertow's own limit): the system
 * property, else the key in {@code freshview.properties} on the application's class path.
 *
 * <p>{@link #load} is the only place that reads the setting, so it can move to the common
 * settings source without touching the request path.
 */
final class RequestLimits {

    static final String MAX_PARAMETERS = "freshview.maxParameters";
    static final int DEFAULT_MAX_PARAMETERS = 1000;
    static final String FILE = "freshview.properties";
    /** The largest form body Freshview reads itself (PUT, PATCH, DELETE). */
    static final int MAX_FORM_BODY = 2 * 1024 * 1024;

    static final RequestLimits DEFAULT = new RequestLimits(DEFAULT_MAX_PARAMETERS);

    final int maxParameters;
    /** Thrown as they are: a {@link BadRequest} has no stack trace and no state to share. */
    final BadRequest tooManyQueryParameters;
    final BadRequest tooManyFormFields;

    RequestLimits(int maxParameters) {
        this.maxParameters = maxParameters;
        this.tooManyQueryParameters = new BadRequest(400,
                "Bad Request: the query string has more than " + maxParameters + " parameters.");
        this.tooManyFormFields = new BadRequest(413,
                "Content Too Large: the form has more than " + maxParameters + " fields.");
    }

    /** The limits configured for the application whose classes {@code classLoader} loads. */
    static RequestLimits load(ClassLoader classLoader, List<Diagnostic> problems) {
        String source = "system property " + MAX_PARAMETERS;
        String value = System.getProperty(MAX_PARAMETERS);
        if (value == null && classLoader != null) {
            source = FILE + " key " + MAX_PARAMETERS;
            value = fromFile(classLoader);
        }
        if (value == null) {
            return DEFAULT;
        }
        try {
            int max = Integer.parseInt(value.strip());
            if (max > 0) {
                return new RequestLimits(max);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(BindingMessages.badLimit(source, value));
        return DEFAULT;
    }

    private static String fromFile(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(FILE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(MAX_PARAMETERS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
