package org.freshview;

import java.util.List;
import java.util.Objects;

/**
 * What a view's handler method returns: a page to render, a redirect, a status or some text.
 *
 * <pre>{@code
 * @View("/orders/{id}")
 * public class OrderView {
 *
 *     @PathParam("id")
 *     long id;
 *
 *     Order order;
 *
 *     @GET
 *     public Result show() {
 *         order = orders.find(id);
 *         if (order == null) {
 *             return Result.notFound();
 *         }
 *         return Result.render("/WEB-INF/order.jsp"); // the JSP reads ${view.order.total}
 *     }
 *
 *     @POST
 *     public Result cancel() {
 *         orders.cancel(id);
 *         return Result.redirect("/orders"); // 303 See Other, relative to the application
 *     }
 * }
 * }</pre>
 *
 * <p>A handler may also return a {@code String} (the same as {@link #text(String)}) or be
 * {@code void} (it wrote the response itself through an {@code HttpServletResponse}
 * parameter). Results are immutable values: a view can be unit-tested by comparing them with
 * {@code equals}.
 */
public sealed interface Result
        permits Result.Render, Result.Redirect, Result.RedirectToView, Result.Status, Result.Text {

    /**
     * Renders a page: a template of a {@link ViewEngine} that claims the name, or else a JSP or
     * any servlet path of the application, forwarded to with this request's view instance in
     * request scope as {@code view} (and under its CDI {@code @Named} name, if any). Engines get
     * the same names in their {@link Page#model()}.
     *
     * <pre>{@code
     * return Result.render("/WEB-INF/views/form.jsp"); // JSP, built in
     * return Result.render("form.html");               // Thymeleaf: /WEB-INF/templates/form.html
     * return Result.render("form.jte");                // jte: the precompiled form.jte
     * }</pre>
     *
     * <p>A constant name that no engine claims and that does not start with {@code /} fails
     * the deployment (FV-601), as does a name two engines claim (FV-602).
     *
     * @param path a template name an engine claims, or a path inside the application, starting with {@code /}
     * @return the result to return from a handler
     */
    static Render render(String path) {
        return new Render(path);
    }

    /**
     * Redirects to a URI of this application or of this host. A path starting with {@code /} is
     * relative to the application (the context path is added). The status is 303 See Other
     * after POST, PUT, PATCH and DELETE (the browser then GETs the new page) and 302 Found after
     * other methods; choose another with {@link Redirect#status(int)}.
     *
     * <pre>{@code
     * return Result.redirect("/forms/" + key + "/2");
     * return Result.redirect("/moved").status(301);
     * return Result.redirect("/forms/" + key + "/2").flash("saved", "Your address was saved");
     * }</pre>
     *
     * <p>Characters above 0x7E are sent percent-encoded as UTF-8 ({@code /café} as
     * {@code /caf%C3%A9}). To stop header injection and open redirects, the response is a 400
     * instead when the URI holds a control character (CR, LF, ...) or a space, or is absolute (or
     * {@code //host/...}) and names another host than the request's. Use
     * {@link #redirectToOtherHost(String)} for a deliberate redirect elsewhere.
     *
     * @param uri a path of the application, or a URI of this host
     * @return the result to return from a handler; {@link Redirect#status(int)} changes its status
     */
    static Redirect redirect(String uri) {
        return new Redirect(uri, 0, false, Flash.EMPTY);
    }

    /**
     * Redirects to an absolute URI on another host: the explicit opt-in that
     * {@link #redirect(String)} refuses without. Control characters and spaces are still
     * refused, and characters above 0x7E percent-encoded.
     *
     * <pre>{@code return Result.redirectToOtherHost("https://accounts.example.com/login");}</pre>
     *
     * @param uri an absolute URI
     * @return the result to return from a handler
     */
    static Redirect redirectToOtherHost(String uri) {
        return new Redirect(uri, 0, true, Flash.EMPTY);
    }

    /**
     * Redirects to another view through reverse routing: the values fill the view's template
     * variables in order, encoded as path segments. Values the template cannot take (see
     * {@link Routes}) throw {@link IllegalArgumentException} when the result is written: a 500.
     *
     * <pre>{@code return Result.redirect(FormView.class, key, page + 1); // /forms/{key}/{page}}</pre>
     *
     * @param view   the target {@code @View} class
     * @param values values for its template variables, in template order
     * @return the result to return from a handler
     */
    static RedirectToView redirect(Class<?> view, Object... values) {
        return new RedirectToView(view, List.of(values), 0, Flash.EMPTY);
    }

    /**
     * A response with this status and no body of the view's own. A status of 400 or more is
     * sent as an error ({@code sendError}), so the application's error pages apply.
     *
     * <pre>{@code return Result.status(204);}</pre>
     *
     * @param code an HTTP status, 100 to 599
     * @return the result to return from a handler
     */
    static Status status(int code) {
        return new Status(code);
    }

    /**
     * The same as {@code Result.status(404)}: the application's "not found" page.
     *
     * @return the result to return from a handler
     */
    static Status notFound() {
        return new Status(404);
    }

    /**
     * A plain text response, {@code text/plain; charset=UTF-8}, status 200 unless chosen.
     *
     * <pre>{@code return Result.text("saved").status(201);}</pre>
     *
     * @param body the response body
     * @return the result to return from a handler
     */
    static Text text(String body) {
        return new Text(body, 200);
    }

    /**
     * See {@link Result#render(String)}.
     *
     * @param path a template name an engine claims, or a path inside the application, starting with {@code /}
     */
    record Render(String path) implements Result {
        /**
         * Checks that the name is not empty; which engine renders it is decided at deployment.
         *
         * @param path a template name or a path inside the application
         */
        public Render {
            Objects.requireNonNull(path, "path");
            if (path.isEmpty()) {
                throw new IllegalArgumentException("Result.render needs a template name or a path inside the"
                        + " application, starting with /; it was empty.");
            }
        }
    }

    /**
     * See {@link Result#redirect(String)}.
     *
     * @param location    the URI as given
     * @param statusCode  301, 302, 303, 307 or 308; 0 means 303 after an unsafe method, else 302
     * @param toOtherHost whether an absolute URI may name another host
     * @param flash       messages for the next page, see {@link Flash}
     */
    record Redirect(String location, int statusCode, boolean toOtherHost, Flash flash) implements Result {
        /**
         * Checks the status.
         *
         * @param location    the URI as given
         * @param statusCode  301, 302, 303, 307 or 308; 0 means 303 after an unsafe method, else 302
         * @param toOtherHost whether an absolute URI may name another host
         * @param flash       messages for the next page, see {@link Flash}
         */
        public Redirect {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(flash, "flash");
            requireRedirectStatus(statusCode);
        }

        /**
         * A redirect without flash messages.
         *
         * @param location    the URI as given
         * @param statusCode  301, 302, 303, 307 or 308; 0 means 303 after an unsafe method, else 302
         * @param toOtherHost whether an absolute URI may name another host
         */
        public Redirect(String location, int statusCode, boolean toOtherHost) {
            this(location, statusCode, toOtherHost, Flash.EMPTY);
        }

        /**
         * The same redirect with another status.
         *
         * @param code 301, 302, 303, 307 or 308
         * @return a new result
         */
        public Redirect status(int code) {
            return new Redirect(location, requireRedirectStatus(code), toOtherHost, flash);
        }

        /**
         * The same redirect leaving a message for the page it leads to, which reads it as
         * {@code ${flash.name}} (see {@link Flash}).
         *
         * <pre>{@code return Result.redirect("/notes").flash("saved", "Your note was saved");}</pre>
         *
         * @param name the name the page reads the message by
         * @param text the message
         * @return a new result
         * @throws IllegalArgumentException if the messages would exceed {@link Flash#MAX_MESSAGES} or
         *                                  {@link Flash#MAX_BYTES}
         */
        public Redirect flash(String name, String text) {
            return new Redirect(location, statusCode, toOtherHost, flash.with(name, text));
        }
    }

    /**
     * See {@link Result#redirect(Class, Object...)}.
     *
     * @param view       the target view class
     * @param values     values for its template variables, in template order
     * @param statusCode as for {@link Redirect}
     * @param flash      messages for the next page, see {@link Flash}
     */
    record RedirectToView(Class<?> view, List<Object> values, int statusCode, Flash flash) implements Result {
        /**
         * Checks the status and copies the values.
         *
         * @param view       the target view class
         * @param values     values for its template variables, in template order
         * @param statusCode as for {@link Redirect}
         * @param flash      messages for the next page, see {@link Flash}
         */
        public RedirectToView {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(flash, "flash");
            values = List.copyOf(values);
            requireRedirectStatus(statusCode);
        }

        /**
         * A redirect without flash messages.
         *
         * @param view       the target view class
         * @param values     values for its template variables, in template order
         * @param statusCode as for {@link Redirect}
         */
        public RedirectToView(Class<?> view, List<Object> values, int statusCode) {
            this(view, values, statusCode, Flash.EMPTY);
        }

        /**
         * The same redirect with another status.
         *
         * @param code 301, 302, 303, 307 or 308
         * @return a new result
         */
        public RedirectToView status(int code) {
            return new RedirectToView(view, values, requireRedirectStatus(code), flash);
        }

        /**
         * The same redirect leaving a message for the page it leads to, which reads it as
         * {@code ${flash.name}} (see {@link Flash}).
         *
         * <pre>{@code return Result.redirect(NoteView.class, id).flash("saved", "Your note was saved");}</pre>
         *
         * @param name the name the page reads the message by
         * @param text the message
         * @return a new result
         * @throws IllegalArgumentException if the messages would exceed {@link Flash#MAX_MESSAGES} or
         *                                  {@link Flash#MAX_BYTES}
         */
        public RedirectToView flash(String name, String text) {
            return new RedirectToView(view, values, statusCode, flash.with(name, text));
        }
    }

    /**
     * See {@link Result#status(int)}.
     *
     * @param code an HTTP status, 100 to 599
     */
    record Status(int code) implements Result {
        /**
         * Checks that the code is an HTTP status.
         *
         * @param code an HTTP status, 100 to 599
         */
        public Status {
            requireHttpStatus(code);
        }
    }

    /**
     * See {@link Result#text(String)}.
     *
     * @param body       the response body
     * @param statusCode an HTTP status, 100 to 599
     */
    record Text(String body, int statusCode) implements Result {
        /**
         * Checks the status.
         *
         * @param body       the response body
         * @param statusCode an HTTP status, 100 to 599
         */
        public Text {
            Objects.requireNonNull(body, "body");
            requireHttpStatus(statusCode);
        }

        /**
         * The same text with another status.
         *
         * @param code an HTTP status, 100 to 599
         * @return a new result
         */
        public Text status(int code) {
            return new Text(body, code);
        }
    }

    private static void requireHttpStatus(int code) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + code);
        }
    }

    private static int requireRedirectStatus(int code) {
        return switch (code) {
            case 0, 301, 302, 303, 307, 308 -> code;
            default -> throw new IllegalArgumentException("Not a redirect status (301, 302, 303, 307, 308): " + code);
        };
    }
}
