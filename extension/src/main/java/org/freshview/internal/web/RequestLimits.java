package org.freshview.internal.web;

import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.SettingMessages;
import org.freshview.internal.settings.SettingValue;
import org.freshview.internal.settings.Settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How much one request may send Freshview, read once at deployment. The number of parameters
 * of a query string or of a form (and of the parts of a multipart form) is the setting
 * {@code freshview.maxParameters} ({@link Settings}), default {@value #DEFAULT_MAX_PARAMETERS}:
 * the limit of Tomcat 11, Undertow and Jetty (form keys) as well. A multipart form's files are
 * limited by {@code freshview.upload.maxFileSize} each (default 10 MB) and
 * {@code freshview.upload.maxRequestSize} in all (default 20 MB).
 */
final class RequestLimits {

    static final int DEFAULT_MAX_PARAMETERS = 1000;
    static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;
    static final long DEFAULT_MAX_REQUEST_SIZE = 20L * 1024 * 1024;
    /** The largest form body Freshview reads itself (PUT, PATCH, DELETE). */
    static final int MAX_FORM_BODY = 2 * 1024 * 1024;

    static final RequestLimits DEFAULT = new RequestLimits(DEFAULT_MAX_PARAMETERS);

    final int maxParameters;
    final long maxFileSize;
    final long maxRequestSize;
    /** Thrown as they are: a {@link RequestRefused} has no stack trace and no state to share. */
    final RequestRefused tooManyQueryParameters;
    final RequestRefused tooManyFormFields;
    final RequestRefused tooManyParts;
    final RequestRefused requestTooLarge;

    RequestLimits(int maxParameters) {
        this(maxParameters, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_REQUEST_SIZE);
    }

    RequestLimits(int maxParameters, long maxFileSize, long maxRequestSize) {
        this.maxParameters = maxParameters;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
        this.tooManyQueryParameters = new RequestRefused(400,
                "Bad Request: the query string has more than " + maxParameters + " parameters.");
        this.tooManyFormFields = new RequestRefused(413,
                "Content Too Large: the form has more than " + maxParameters + " fields.");
        this.tooManyParts = new RequestRefused(413,
                "Content Too Large: the form has more than " + maxParameters + " parts.");
        this.requestTooLarge = new RequestRefused(413,
                "Content Too Large: the form is larger than " + maxRequestSize + " bytes.");
    }

    /** The 413 for a file (or field) of a multipart form larger than {@link #maxFileSize}. */
    RequestRefused fileTooLarge(String field) {
        return new RequestRefused(413, "Content Too Large: the file in field \"" + QuotedText.forResponse(field == null ? "" : field)
                + "\" is larger than " + maxFileSize + " bytes.");
    }

    /** The limits configured for the application; a value that is not a positive number is FV-313. */
    static RequestLimits load(Settings settings, List<Diagnostic> problems) {
        int maxParameters = DEFAULT_MAX_PARAMETERS;
        Optional<SettingValue> configured = settings.find(Setting.MAX_PARAMETERS);
        if (configured.isPresent()) {
            String value = configured.get().text();
            try {
                maxParameters = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                maxParameters = 0;
            }
            if (maxParameters <= 0) {
                problems.add(SettingMessages.badSetting(configured.get().source(), value,
                        "a positive whole number, the largest number of parameters a request may send, for example 1000 (the default)"));
                maxParameters = DEFAULT_MAX_PARAMETERS;
            }
        }
        long maxFileSize = size(settings, Setting.UPLOAD_MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE, problems);
        long maxRequestSize = size(settings, Setting.UPLOAD_MAX_REQUEST_SIZE, DEFAULT_MAX_REQUEST_SIZE, problems);
        if (maxParameters == DEFAULT_MAX_PARAMETERS && maxFileSize == DEFAULT_MAX_FILE_SIZE
                && maxRequestSize == DEFAULT_MAX_REQUEST_SIZE) {
            return DEFAULT;
        }
        return new RequestLimits(maxParameters, maxFileSize, maxRequestSize);
    }

    private static long size(Settings settings, Setting setting, long defaultSize, List<Diagnostic> problems) {
        Optional<SettingValue> configured = settings.find(setting);
        if (configured.isEmpty()) {
            return defaultSize;
        }
        long size = parseSize(configured.get().text());
        if (size <= 0) {
            problems.add(SettingMessages.badSetting(configured.get().source(), configured.get().text(),
                    "a positive number of bytes, optionally with KB, MB or GB (1024-based), for example 10MB"));
            return defaultSize;
        }
        return size;
    }

    /** {@code 1048576}, {@code 1024KB}, {@code 1MB} or {@code 1 mb}; -1 for anything else. */
    static long parseSize(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String suffix : List.of("KB", "MB", "GB")) {
            unit *= 1024;
            if (value.endsWith(suffix)) {
                value = value.substring(0, value.length() - 2).strip();
                try {
                    return Math.multiplyExact(Long.parseLong(value), unit);
                } catch (NumberFormatException | ArithmeticException e) {
                    return -1;
                }
            }
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
