package org.freshview;

import java.util.function.Supplier;

/**
 * This request's CSRF token, in request scope as {@code csrf} for the page a view renders.
 *
 * <pre>{@code
 * <form method="post">
 *     ${csrf.hiddenField}
 *     <input name="title">
 * </form>
 * <script>fetch(url, {method: "DELETE", headers: {"${csrf.headerName}": "${csrf.value}"}})</script>
 * }</pre>
 */
public final class CsrfToken {

    private final String name;
    private final String headerName;
    private final Supplier<String> signer;
    private String value;

    /**
     * Made by Freshview for each request that renders a page; applications only read it.
     *
     * @param name       the form field name
     * @param headerName the request header name
     * @param value      the token
     */
    public CsrfToken(String name, String headerName, String value) {
        this(name, headerName, () -> value);
    }

    /**
     * A token signed when the page first reads it: a token bound to the HTTP session must see
     * the session a JSP creates as it starts, after the view has returned.
     *
     * @param name       the form field name
     * @param headerName the request header name
     * @param value      computes the token, once, when it is first read
     */
    public CsrfToken(String name, String headerName, Supplier<String> value) {
        this.name = name;
        this.headerName = headerName;
        this.signer = value;
    }

    /**
     * The form field that carries the token.
     *
     * @return {@code _csrf}
     */
    public String getName() {
        return name;
    }

    /**
     * The request header that may carry the token instead of the form field.
     *
     * @return {@code X-CSRF-Token}
     */
    public String getHeaderName() {
        return headerName;
    }

    /**
     * The token itself.
     *
     * @return URL-safe Base64, so it needs no escaping in HTML or headers
     */
    public String getValue() {
        if (value == null) {
            value = signer.get();
        }
        return value;
    }

    /**
     * A ready hidden field holding the token, for a form.
     *
     * @return {@code <input type="hidden" name="_csrf" value="...">}
     */
    public String getHiddenField() {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + getValue() + "\">";
    }

    @Override
    public String toString() {
        return getValue();
    }
}
