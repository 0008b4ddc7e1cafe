package org.freshview.internal.settings;

/**
 * A Freshview setting: its one key, the same in every source, and whether it is read before the
 * servlet context exists (while CDI boots), where a context-param cannot reach it.
 */
public enum Setting {

    /**
     * {@code strict}, {@code warn} or {@code off}: what the shared-state audit does with findings.
     * Read twice: while CDI boots for CDI beans (without context-params), and when the application
     * starts, for what the container serves and, if strict only then, for the beans' findings too.
     */
    AUDIT("freshview.audit", false),
    /** The key that signs CSRF tokens; read by the CDI extension when it builds the views. */
    CSRF_KEY("freshview.csrf.key", true),
    /** {@code auto}, {@code always} or {@code never}: when the CSRF cookie is {@code __Host-} and {@code Secure}. */
    CSRF_SECURE_COOKIE("freshview.csrf.secureCookie", true),
    /** {@code true} or {@code false}: whether {@code auto} takes {@code X-Forwarded-Proto: https} as HTTPS. */
    CSRF_TRUST_FORWARDED_PROTO("freshview.csrf.trustForwardedProto", true),
    /** {@code redirect}, {@code match} or {@code strict}: what {@code /a/} gets when only {@code /a} is a route. */
    TRAILING_SLASH("freshview.trailingSlash", false),
    /** How many parameters a query string or a form may have; read by the CDI extension when it builds the views. */
    MAX_PARAMETERS("freshview.maxParameters", true),
    /** {@code true} or {@code false}: whether template engines read changed templates again (development) instead of caching them. */
    TEMPLATES_RELOAD("freshview.templates.reload", false),
    /** Where Thymeleaf finds templates in the WAR, {@code /WEB-INF/templates/} unless set. */
    THYMELEAF_TEMPLATES("freshview.thymeleaf.templates", false),
    /** How large one uploaded file (one part of a multipart form) may be; read when the views are built. */
    UPLOAD_MAX_FILE_SIZE("freshview.upload.maxFileSize", true),
    /** How large a whole multipart form may be; read when the views are built. */
    UPLOAD_MAX_REQUEST_SIZE("freshview.upload.maxRequestSize", true);

    private final String key;
    private final boolean beforeServletContext;

    Setting(String key, boolean beforeServletContext) {
        this.key = key;
        this.beforeServletContext = beforeServletContext;
    }

    /** The setting of this key, or {@code null}. */
    public static Setting ofKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return setting;
            }
        }
        return null;
    }

    /** The key, as written in a system property, MicroProfile Config, a context-param or freshview.properties. */
    public String key() {
        return key;
    }

    /** The environment variable for the key, mapped as MicroProfile Config does: {@code FRESHVIEW_CSRF_KEY}. */
    public String environmentVariable() {
        return EnvironmentVariables.upperCase(key);
    }

    /**
     * Whether it is read while CDI boots, before the servlet context exists: a context-param
     * cannot set it, on every server alike.
     */
    public boolean beforeServletContext() {
        return beforeServletContext;
    }
}
