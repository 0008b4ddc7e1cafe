package org.freshview;

import java.util.List;
import java.util.Objects;

/**
 * The template names a {@link ViewEngine} claims: those ending with one of its extensions or
 * starting with one of its prefixes. A name starting with {@code /} is a servlet path, forwarded
 * as always (a JSP, or a static {@code /index.html}), unless an engine claims it by prefix: an
 * extension claims only names without a leading {@code /}.
 *
 * <pre>{@code
 * TemplateNames.endingWith(".html")            // "order.html", "mail/receipt.html"
 * TemplateNames.startingWith("pdf:")           // "pdf:invoice"
 * TemplateNames.endingWith(".jte").orStartingWith("jte:")
 * }</pre>
 *
 * @param extensions endings such as {@code .html}
 * @param prefixes   beginnings such as {@code pdf:}
 */
public record TemplateNames(List<String> extensions, List<String> prefixes) {

    /**
     * Copies the lists and refuses empty entries, which would claim every name.
     *
     * @param extensions endings such as {@code .html}
     * @param prefixes   beginnings such as {@code pdf:}
     */
    public TemplateNames {
        extensions = List.copyOf(extensions);
        prefixes = List.copyOf(prefixes);
        for (String each : extensions) {
            requireText(each, "extension");
        }
        for (String each : prefixes) {
            requireText(each, "prefix");
        }
    }

    /**
     * Names ending with one of these extensions.
     *
     * @param extensions endings such as {@code .html}
     * @return the names
     */
    public static TemplateNames endingWith(String... extensions) {
        return new TemplateNames(List.of(extensions), List.of());
    }

    /**
     * Names starting with one of these prefixes.
     *
     * @param prefixes beginnings such as {@code pdf:}
     * @return the names
     */
    public static TemplateNames startingWith(String... prefixes) {
        return new TemplateNames(List.of(), List.of(prefixes));
    }

    /**
     * These names and those starting with one of the prefixes.
     *
     * @param more beginnings such as {@code pdf:}
     * @return the names
     */
    public TemplateNames orStartingWith(String... more) {
        return new TemplateNames(extensions, concat(prefixes, more));
    }

    /**
     * These names and those ending with one of the extensions.
     *
     * @param more endings such as {@code .html}
     * @return the names
     */
    public TemplateNames orEndingWith(String... more) {
        return new TemplateNames(concat(extensions, more), prefixes);
    }

    /**
     * Whether the name is one of these.
     *
     * @param name a template name as given to {@link Result#render(String)}
     * @return whether it starts with a prefix, or does not start with {@code /} and ends with an extension
     */
    public boolean contains(String name) {
        for (String extension : name.startsWith("/") ? List.<String>of() : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toList();
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("An empty " + what + " would claim every template name.");
        }
    }
}
