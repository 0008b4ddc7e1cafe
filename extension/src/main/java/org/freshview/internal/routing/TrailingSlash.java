package org.freshview.internal.routing;

import java.util.Locale;

/**
 * What a request for {@code /a/} gets when only {@code /a} is a route (templates never end with
 * {@code /}). Chosen once per application with the setting {@value #PARAMETER}, read when the
 * dispatch filter starts (so a context-param works too).
 */
public enum TrailingSlash {

    /** The default: answer 308 with {@code Location: /a} (query kept), so each page has one URL. */
    REDIRECT,
    /** Serve {@code /a/} exactly like {@code /a}. */
    MATCH,
    /** {@code /a/} is another path: no view claims it, the rest of the application may. */
    STRICT;

    /** The setting that selects the policy. */
    public static final String PARAMETER = "freshview.trailingSlash";

    /**
     * The policy for a parameter value: {@code redirect}, {@code match} or {@code strict},
     * in any case; {@code null} or blank means {@link #REDIRECT}.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static TrailingSlash parse(String value) {
        return parse(value, "The " + PARAMETER + " parameter");
    }

    /**
     * {@link #parse(String)} for a value found in {@code source} ({@code "context-param
     * freshview.trailingSlash"}), which an error names.
     */
    public static TrailingSlash parse(String value, String source) {
        if (value == null || value.isBlank()) {
            return REDIRECT;
        }
        for (TrailingSlash policy : values()) {
            if (policy.name().equalsIgnoreCase(value.strip())) {
                return policy;
            }
        }
        throw new IllegalArgumentException(source + " is \"" + value
                + "\"; use redirect (the default), match or strict.");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
