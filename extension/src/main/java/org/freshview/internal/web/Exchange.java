package org.freshview.internal.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request as binders see it: the servlet pair, the path values, and values parsed on first use. */
final class Exchange {

    private static final int MAX_FIELD = 1024;
    /** Answered when the container refuses to parse a POSTed form (too many fields, a broken escape). */
    private static final RequestRefused UNREADABLE_FORM = new RequestRefused(400, "Bad Request: the form could not be read.");

    /** The container's request, or once {@link #multipartField} has read part of its body, a request replaying that. */
    HttpServletRequest request;
    final HttpServletResponse response;
    private final Map<String, String> pathValues;
    private final RequestLimits limits;
    private QueryString.Pairs query;
    private String firstQueryName;
    private List<String> firstQueryValues;
    private Map<String, List<String>> bodyForm;
    private boolean postedFormCounted;
    /** The values and errors of this request's form, when its handler takes a {@code Form}; else {@code null}. */
    FormInput input;
    private final RequestLanguage language;
    private Locale locale;
    /** Whether the handler binds uploaded files: its multipart form is read whole, before the CSRF check. */
    boolean readsMultipart;
    private MultipartForm multipart;

    Exchange(HttpServletRequest request, HttpServletResponse response, Map<String, String> pathValues,
             RequestLimits limits) {
        this(request, response, pathValues, limits, RequestLanguage.ACCEPT_LANGUAGE);
    }

    Exchange(HttpServletRequest request, HttpServletResponse response, Map<String, String> pathValues,
             RequestLimits limits, RequestLanguage language) {
        this.request = request;
        this.response = response;
        this.pathValues = pathValues;
        this.limits = limits;
        this.language = language;
    }

    /** The request's language, chosen once. */
    Locale locale() {
        if (locale == null) {
            locale = language.locale(request);
        }
        return locale;
    }

    /** The message for a value that does not convert, in the request's language. */
    String conversionMessage(String expected) {
        return language.conversionMessage(locale(), expected);
    }

    String path(String name) {
        return pathValues.get(name);
    }

    List<String> query(String name) throws RequestRefused {
        if (query == null) {
            // The first name asked for is found without indexing the pairs (often a view binds only one).
            if (firstQueryName == null) {
                firstQueryValues = QueryString.values(request.getQueryString(), name,
                        limits.maxParameters, limits.tooManyQueryParameters);
                firstQueryName = name;
                return firstQueryValues;
            }
            if (firstQueryName.equals(name)) {
                return firstQueryValues;
            }
            query = QueryString.pairs(request.getQueryString(), limits.maxParameters, limits.tooManyQueryParameters);
        }
        return query.values(name);
    }

    /**
     * Values of a form field from a {@code application/x-www-form-urlencoded} body. For POST the
     * container has parsed the body; its parameters put query values first, which are dropped.
     * Containers parse no other method's body, so for PUT, PATCH and DELETE it is read here.
     * Either way a form of more than {@link RequestLimits#maxParameters} fields is refused (413).
     * A POSTed {@code multipart/form-data} form (or one already read for its files) is read here
     * too, whole ({@link MultipartForm}).
     */
    List<String> form(String name) throws RequestRefused {
        if (multipart != null || "POST".equals(request.getMethod()) && MultipartField.boundary(request.getContentType()) != null) {
            return multipart().fields(name); // a browser's form with files (containers parse it for no view)
        }
        if ("POST".equals(request.getMethod())) {
            String[] all;
            try {
                all = request.getParameterValues(name);
                if (!postedFormCounted) {
                    checkPostedFormSize();
                    postedFormCounted = true;
                }
            } catch (RuntimeException e) {
                // How containers refuse a form over their own limits or with a broken escape
                // (Tomcat's InvalidParameterException, for one); uncaught, it would be a 500.
                throw UNREADABLE_FORM;
            }
            if (all == null) {
                return List.of();
            }
            int fromQuery = request.getQueryString() == null ? 0 : query(name).size();
            return fromQuery >= all.length ? List.of() : Arrays.asList(all).subList(fromQuery, all.length);
        }
        if (bodyForm == null) {
            bodyForm = readFormBody();
        }
        return bodyForm.getOrDefault(name, List.of());
    }

    /**
     * The value of a field of a {@code multipart/form-data} body, or {@code null}. The container's
     * parts are used if it parses this request's multipart body (a servlet with a multipart
     * configuration is mapped here); otherwise the body is read up to the field, at most
     * {@link RequestLimits#MAX_FORM_BODY} bytes, and this exchange's request replays those bytes to the handler.
     *
     * @throws RequestRefused 403 when the field is not within the first {@link RequestLimits#MAX_FORM_BODY} bytes
     */
    String multipartField(String name) throws RequestRefused {
        String boundary = MultipartField.boundary(request.getContentType());
        if (boundary == null) {
            return null;
        }
        if (readsMultipart || multipart != null) {
            List<String> values = multipart().fields(name);
            return values.isEmpty() ? null : values.get(0);
        }
        try {
            Part part = request.getPart(name);
            if (part != null) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readNBytes(MAX_FIELD), StandardCharsets.UTF_8);
                }
            }
        } catch (RuntimeException | ServletException | IOException e) {
            // No multipart configuration here, the usual case for a view: read the body ourselves.
            // Most servers throw IllegalStateException; Open Liberty 25 a NullPointerException.
        }
        try {
            MultipartField.Scan scan = MultipartField.find(request.getInputStream(), boundary, name, RequestLimits.MAX_FORM_BODY);
            request = new ReplayedBodyRequest(request, scan.read());
            if (scan.cutShort()) {
                throw new RequestRefused(403, "Forbidden: no field " + name + " in the first " + RequestLimits.MAX_FORM_BODY
                        + " bytes of the multipart form. Put it before the form's file inputs,"
                        + " or send the token in the " + CsrfProtection.HEADER + " header.");
            }
            return scan.value();
        } catch (IOException e) {
            throw new RequestRefused(400, "The form body could not be read.");
        }
    }

    /**
     * The parts of this name of a {@code multipart/form-data} body, which is read whole on first
     * use within {@link RequestLimits}' limits; none for another kind of body.
     *
     * @throws RequestRefused 413 over a limit, 400 for a broken body
     */
    List<Part> parts(String name) throws RequestRefused {
        if (MultipartField.boundary(request.getContentType()) == null) {
            return List.of();
        }
        return multipart().parts(name);
    }

    /** The multipart body, read whole on first use. */
    private MultipartForm multipart() throws RequestRefused {
        if (multipart == null) {
            multipart = MultipartForm.read(request, limits);
        }
        return multipart;
    }

    /** Deletes what this request left behind: the temporary files of its uploads. */
    void finish() {
        if (multipart != null) {
            multipart.delete();
        }
    }

    List<String> headers(String name) {
        Enumeration<String> values = request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return List.of();
        }
        String first = values.nextElement();
        if (!values.hasMoreElements()) {
            return Collections.singletonList(first); // the usual case, without a list to grow
        }
        List<String> all = new ArrayList<>(2);
        all.add(first);
        while (values.hasMoreElements()) {
            all.add(values.nextElement());
        }
        return all;
    }

    /**
     * The values of the cookies of this name. A list is made only for a cookie found: the CSRF and
     * flash cookies are looked for on every page and are usually absent.
     */
    List<String> cookies(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        int first = -1;
        List<String> all = null;
        for (int i = 0; i < cookies.length; i++) {
            if (cookies[i].getName().equals(name)) {
                if (first < 0) {
                    first = i;
                } else {
                    if (all == null) {
                        all = new ArrayList<>(2);
                        all.add(cookies[first].getValue());
                    }
                    all.add(cookies[i].getValue());
                }
            }
        }
        return all != null ? all : first >= 0 ? Collections.singletonList(cookies[first].getValue()) : List.of();
    }

    /**
     * Refuses a POSTed form of more fields than the limit when the container accepted it (its own
     * limit may be higher): the container's parameters, less the query string's.
     */
    private void checkPostedFormSize() throws RequestRefused {
        int values = 0;
        for (String[] each : request.getParameterMap().values()) {
            values += each.length;
        }
        if (values > limits.maxParameters
                && values - QueryString.count(request.getQueryString(), values) > limits.maxParameters) {
            throw limits.tooManyFormFields;
        }
    }

    private Map<String, List<String>> readFormBody() throws RequestRefused {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(RequestLimits.MAX_FORM_BODY + 1);
            if (body.length > RequestLimits.MAX_FORM_BODY) {
                throw new RequestRefused(413, "Content Too Large: the form is larger than " + RequestLimits.MAX_FORM_BODY + " bytes.");
            }
            String encoding = request.getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return QueryString.parse(new String(body, charset), charset, limits.maxParameters, limits.tooManyFormFields);
        } catch (IOException | IllegalArgumentException e) {
            throw new RequestRefused(400, "The form body could not be read.");
        }
    }
}
