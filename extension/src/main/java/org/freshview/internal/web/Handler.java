package org.freshview.internal.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.freshview.Form;
import org.freshview.Flash;
import org.freshview.Result;
import org.freshview.Routes;
import org.freshview.internal.render.Engines;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One handler method of a view, with everything a request needs resolved at deployment. */
final class Handler {

    private static final System.Logger LOG = System.getLogger(Handler.class.getName());
    /** The arguments of a handler without parameters: the invoker only reads them. */
    private static final Object[] NO_ARGUMENTS = {};

    private final ViewEndpoint view;
    private final String name;
    private final MethodHandle invoker;
    private final Binder[] parameters;
    private final boolean returnsVoid;
    private final CsrfProtection csrf;
    private final boolean csrfChecked;
    private final RequestLimits limits;
    private final Engines engines;
    private final InputChecks checks;

    /**
     * How a handler's input is checked, resolved at deployment.
     *
     * @param language       the request's language, for messages
     * @param constraints    the Bean Validation plan, {@link Constraints#NONE} without constraints
     * @param formParameters the positions of the handler's {@code Form} parameters: with any, the
     *                       handler runs with the errors; without, invalid input is a 400
     * @param readsMultipart whether the handler or its view binds uploaded files ({@code Part}): its
     *                       multipart form is read whole, before the CSRF check
     */
    record InputChecks(RequestLanguage language, Constraints constraints, int[] formParameters,
                       boolean readsMultipart) {

        boolean collectsForm() {
            return formParameters.length > 0;
        }
    }

    /**
     * @param name        {@code Class#method}, for the log
     * @param invoker     the method, of type {@code (Object view, Object[] arguments) Object}
     * @param csrfChecked whether requests must carry a CSRF token
     * @param limits      how many parameters a request may send
     * @param engines     the template engines that render pages
     * @param checks      conversion errors, Bean Validation and the {@code Form} parameters
     */
    Handler(ViewEndpoint view, String name, MethodHandle invoker, Binder[] parameters, boolean returnsVoid,
            CsrfProtection csrf, boolean csrfChecked, RequestLimits limits, Engines engines, InputChecks checks) {
        this.view = view;
        this.name = name;
        this.invoker = invoker;
        this.parameters = parameters;
        this.returnsVoid = returnsVoid;
        this.csrf = csrf;
        this.csrfChecked = csrfChecked;
        this.limits = limits;
        this.engines = engines;
        this.checks = checks;
    }

    /**
     * Serves one request.
     *
     * @param routes the route table, for redirects to another view
     */
    void handle(HttpServletRequest request, HttpServletResponse servletResponse, Map<String, String> pathValues,
                Routes routes) throws IOException {
        if (request.getCharacterEncoding() == null) {
            // Browsers send forms in the page's encoding without saying so; ours are UTF-8.
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        HeadResponse head = "HEAD".equals(request.getMethod()) ? new HeadResponse(servletResponse) : null;
        HttpServletResponse response = head != null ? head : servletResponse;
        Exchange exchange = new Exchange(request, response, pathValues, limits, checks.language());
        if (checks.collectsForm()) {
            exchange.input = new FormInput();
        }
        exchange.readsMultipart = checks.readsMultipart();
        Flash flash = csrf.flash.receive(exchange);
        try {
            if (returnsVoid) {
                csrf.issue(exchange); // the handler writes the response itself, perhaps a page with a form
                csrf.flash.pass(exchange, null, flash);
            }
            if (csrfChecked && !csrf.verify(exchange)) {
                CsrfProtection.reject(response);
                return;
            }
            Object instance = view.instance();
            view.bindFields(instance, exchange);
            Object[] arguments = parameters.length == 0 ? NO_ARGUMENTS : new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = parameters[i].bind(exchange);
            }
            validate(instance, arguments, exchange);
            Object result = (Object) invoker.invokeExact(instance, arguments);
            if (!returnsVoid) {
                if (result instanceof Result.Render) {
                    // Only a rendered page shows the token: text, redirects and statuses skip the
                    // random nonce, the HMAC and the Set-Cookie header (measured by benchmarks/load).
                    csrf.issue(exchange);
                    if (flash == null) {
                        request.setAttribute(Flash.ATTRIBUTE, Flash.EMPTY); // the page can always read ${flash.x}
                    }
                }
                csrf.flash.pass(exchange, result, flash);
                ResultWriter.write(result, exchange, instance, view.name(), routes, engines);
            }
        } catch (RequestRefused e) {
            if (!response.isCommitted()) {
                response.reset();
                Responses.text(response, e.status(), e.getMessage());
            }
        } catch (Throwable e) {
            fail(request, response, e);
        } finally {
            exchange.finish();
        }
        if (head != null) {
            head.finish();
        }
    }

    /**
     * Runs Bean Validation; then either hands the {@link Form} to the handler's parameters and the
     * page, or refuses invalid input with a 400 that lists each field's messages.
     */
    private void validate(Object instance, Object[] arguments, Exchange exchange) throws RequestRefused {
        FormInput input = exchange.input;
        if (checks.constraints() != Constraints.NONE) {
            FormInput into = input != null ? input : new FormInput();
            checks.constraints().check(instance, arguments, exchange.locale(), into);
            if (input == null && !into.isValid()) {
                throw new RequestRefused(400, into.text());
            }
        }
        if (input != null) {
            Form form = input.form();
            for (int position : checks.formParameters()) {
                arguments[position] = form;
            }
            exchange.request.setAttribute(Form.ATTRIBUTE, form);
        }
    }

    /**
     * Logs the failure once, with where it happened, and sends a 500 that shows no stack trace,
     * also for a {@link StackOverflowError}: rethrown, it became the container's error page,
     * which on Tomcat prints the stack.
     */
    private void fail(HttpServletRequest request, HttpServletResponse response, Throwable e) throws IOException {
        Throwable cause = e instanceof ServletException && e.getCause() != null ? e.getCause() : e;
        LOG.log(System.Logger.Level.ERROR, "Freshview view " + name + " failed on "
                + request.getMethod() + " " + request.getRequestURI(), cause);
        if (e instanceof OutOfMemoryError error) {
            throw error; // the container must know; a stack overflow, by contrast, is over once caught
        }
        if (!response.isCommitted()) {
            response.reset();
            Responses.text(response, 500, "Internal Server Error");
        }
    }
}
