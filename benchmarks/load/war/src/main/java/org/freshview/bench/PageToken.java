package org.freshview.bench;

/**
 * The CSRF token as {@code page.jsp} reads it ({@code ${csrf.name}}, {@code ${csrf.value}}), for
 * the servlet and Jakarta MVC; Freshview's own {@code org.freshview.CsrfToken} has the same two
 * properties.
 */
public final class PageToken {

    private final String name;
    private final String value;

    PageToken(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
