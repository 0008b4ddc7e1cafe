package org.freshview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One page for a {@link ViewEngine} to render: the template name the handler gave
 * {@link Result#render(String)}, the model, and the servlet request and response.
 *
 * <p>The model holds what a JSP finds in request scope, under the same names:
 * <ul>
 *     <li>{@value #VIEW}: this request's view instance, always;</li>
 *     <li>the view's CDI {@code @Named} name, if it has one: the view again;</li>
 *     <li>{@value #CSRF}: the {@link CsrfToken} for the page's forms;</li>
 *     <li>{@value #FORM}: the {@link Form} of this request, the text sent and the messages per
 *     field (empty before a post);</li>
 *     <li>{@value #FLASH}: the flash messages carried from the previous request, when there are any.</li>
 * </ul>
 * More entries may be added later under new names; an engine passes the whole model on, so
 * its templates see them without a change to the engine.
 */
public final class Page {

    /** The model name of the view instance. */
    public static final String VIEW = "view";
    /** The model name of the {@link CsrfToken}. */
    public static final String CSRF = "csrf";
    /** The model name of this request's {@link Form}: the text sent and the messages per field. */
    public static final String FORM = Form.ATTRIBUTE;
    /** The model name of the flash messages carried from the previous request. */
    public static final String FLASH = Flash.ATTRIBUTE;

    private final String template;
    private final Map<String, Object> model;
    private final HttpServletRequest request;
    private final HttpServletResponse response;

    /**
     * Made by Freshview for each rendered page; public so that an engine can be unit-tested.
     *
     * @param template the template name
     * @param model    the model; copied, in its order
     * @param request  the servlet request
     * @param response the servlet response
     */
    public Page(String template, Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        this.template = Objects.requireNonNull(template, "template");
        this.model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
        this.request = request;
        this.response = response;
    }

    /**
     * The template name, as the handler gave it.
     *
     * @return for example {@code order.html}
     */
    public String template() {
        return template;
    }

    /**
     * The model, read-only, by name.
     *
     * @return the entries described above
     */
    public Map<String, Object> model() {
        return model;
    }

    /**
     * The view instance, the same as {@code model().get("view")}.
     *
     * @return the view that returned this page
     */
    public Object view() {
        return model.get(VIEW);
    }

    /**
     * The servlet request.
     *
     * @return the request being answered
     */
    public HttpServletRequest request() {
        return request;
    }

    /**
     * The servlet response to write the page to.
     *
     * @return the response
     */
    public HttpServletResponse response() {
        return response;
    }
}
