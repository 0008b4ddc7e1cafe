package org.freshview.internal.routing;

import java.util.regex.Pattern;

/** One {@code /}-separated part of a {@link UriTemplate}: literal text or a variable. */
sealed interface TemplateSegment {

    /** Literal text, matched exactly against the decoded request segment. */
    record Literal(String text) implements TemplateSegment {
    }

    /**
     * A variable: {@code {name}} or {@code {name: regex}}.
     *
     * @param name     the variable name
     * @param regex    the explicit regex, or {@code null}
     * @param pattern  {@code regex} compiled, or {@code null}
     * @param catchAll whether this is a tail ({@code .*} or {@code .+} in the last segment)
     *                 that captures the rest of the path, slashes included
     */
    record Variable(String name, String regex, Pattern pattern, boolean catchAll) implements TemplateSegment {

        /** Whether a catch-all also matches an empty rest ({@code .*}, not {@code .+}). */
        boolean matchesEmpty() {
            return catchAll && ".*".equals(regex);
        }
    }
}
