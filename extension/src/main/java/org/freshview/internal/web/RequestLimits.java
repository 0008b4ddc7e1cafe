package org.freshview.internal.web;

import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.rules.BindingMessages;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.SettingValue;
import org.freshview.internal.settings.Settings;

import java.util.List;
import java.util.Optional;

/**
 * How much one request may send Freshview, read once at deployment. The number of parameters
 * of a query string or of a form is the setting {@code freshview.maxParameters} ({@link
 * Settings}), default {@value #DEFAULT_MAX_PARAMETERS}: the limit of Tomcat 11, Undertow and
 * Jetty (form keys) as well.
 */
final class RequestLimits {

    static final int DEFAULT_MAX_PARAMETERS = 1000;
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

    /** The limits configured for the application; a value that is not a positive number is FV-313. */
    static RequestLimits load(Settings settings, List<Diagnostic> problems) {
        Optional<SettingValue> configured = settings.find(Setting.MAX_PARAMETERS);
        if (configured.isEmpty()) {
            return DEFAULT;
        }
        String value = configured.get().text();
        try {
            int max = Integer.parseInt(value.strip());
            if (max > 0) {
                return new RequestLimits(max);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(BindingMessages.badSetting(configured.get().source(), value,
                "a positive whole number, the largest number of parameters a request may send, for example 1000 (the default)"));
        return DEFAULT;
    }
}
