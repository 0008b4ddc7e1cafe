package org.freshview.testsupport;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as a servlet container hands it to a filter, without the container: method, paths,
 * headers, cookies, attributes, a session, a body and the parameters a container parses from the
 * query string and a POSTed form (query values first, decoded with the request's encoding as it
 * stands when they are first read). A multipart body is left unparsed, as for a servlet without a
 * multipart configuration: {@code getPart} throws. Any other call throws
 * {@link UnsupportedOperationException}, so a test notices what it does not model.
 *
 * <pre>{@code
 * FakeHttpRequest post = FakeHttpRequest.post("/app", "/orders").form("title=Zo%C3%AB");
 * dispatcher.dispatch(post.request(), response.response());
 * }</pre>
 */
public final class FakeHttpRequest {

    /** Runs in place of the servlet a {@code RequestDispatcher} forwards to (a JSP). */
    @FunctionalInterface
    public interface Target {
        void serve(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) throws Exception;
    }

    private String method;
    private final String contextPath;
    private final String path;
    private String query;
    private boolean secure;
    private String contentType;
    private String characterEncoding;
    private byte[] body = new byte[0];
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Cookie> cookies = new ArrayList<>();
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<String> forwards = new ArrayList<>();
    private Map<String, String[]> parameters;
    private String sessionId;
    private String servletPath;
    private String pathInfo;
    private boolean sessionCreated;
    private boolean parametersRefused;
    private boolean bodyRead;
    private ServletInputStream stream;
    private final HttpServletRequest request;

    private FakeHttpRequest(String method, String contextPath, String path) {
        this.method = method;
        this.contextPath = contextPath;
        int question = path.indexOf('?');
        this.path = question < 0 ? path : path.substring(0, question);
        this.query = question < 0 ? null : path.substring(question + 1);
        this.request = (HttpServletRequest) Proxy.newProxyInstance(FakeHttpRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> answer(m.getName(), args));
    }

    /** A request for {@code path} (after the context path, with an optional {@code ?query}), still percent-encoded. */
    public static FakeHttpRequest of(String method, String contextPath, String path) {
        return new FakeHttpRequest(method, contextPath, path);
    }

    public static FakeHttpRequest get(String contextPath, String path) {
        return of("GET", contextPath, path);
    }

    public static FakeHttpRequest post(String contextPath, String path) {
        return of("POST", contextPath, path);
    }

    /** The request the code under test sees; the same object on every call. */
    public HttpServletRequest request() {
        return request;
    }

    public FakeHttpRequest method(String value) {
        method = value;
        return this;
    }

    public FakeHttpRequest header(String name, String value) {
        headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    public FakeHttpRequest cookie(String name, String value) {
        cookies.add(new Cookie(name, value));
        return this;
    }

    /** Over HTTPS. */
    public FakeHttpRequest secure() {
        secure = true;
        return this;
    }

    /**
     * How the container mapped the request, when it reads the path otherwise than by decoding it
     * (by default the servlet path is the decoded path, as for a filter in front of the default servlet).
     */
    public FakeHttpRequest mapped(String servletPath, String pathInfo) {
        this.servletPath = servletPath;
        this.pathInfo = pathInfo;
        return this;
    }

    /** An existing HTTP session with this id. */
    public FakeHttpRequest session(String id) {
        sessionId = id;
        return this;
    }

    /** A body of this type; a {@code charset} parameter becomes the request's character encoding. */
    public FakeHttpRequest body(String type, byte[] bytes) {
        contentType = type;
        body = bytes.clone();
        String lower = type.toLowerCase(Locale.ROOT);
        int charset = lower.indexOf("charset=");
        if (charset >= 0) {
            characterEncoding = type.substring(charset + 8).split(";")[0].strip();
        }
        return this;
    }

    /** An {@code application/x-www-form-urlencoded} body without charset, as a browser sends a form. */
    public FakeHttpRequest form(String urlencoded) {
        return body("application/x-www-form-urlencoded", urlencoded.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The container refuses to parse the parameters, as Tomcat does over its own limits or for a
     * broken escape: reading one throws {@link IllegalStateException}.
     */
    public FakeHttpRequest parametersRefused() {
        parametersRefused = true;
        return this;
    }

    /** What a forward to {@code path} runs, in place of a JSP. */
    public FakeHttpRequest servlet(String path, Target target) {
        targets.put(path, target);
        return this;
    }

    public Object attribute(String name) {
        return attributes.get(name);
    }

    /** The paths the request was forwarded to, in order. */
    public List<String> forwards() {
        return List.copyOf(forwards);
    }

    /** Whether the code under test made a session. */
    public boolean sessionCreated() {
        return sessionCreated;
    }

    /** Whether the code under test read the body, through the stream, the reader or the parameters. */
    public boolean bodyRead() {
        return bodyRead;
    }

    private Object answer(String name, Object[] args) throws Exception {
        return switch (name) {
            case "getMethod" -> method;
            case "getRequestURI" -> contextPath + path;
            case "getContextPath" -> contextPath;
            case "getServletPath" -> servletPath != null ? servletPath
                    : URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            case "getPathInfo" -> pathInfo;
            case "getQueryString" -> query;
            case "getRequestURL" -> new StringBuffer((secure ? "https" : "http") + "://shop.example" + contextPath + path);
            case "getScheme" -> secure ? "https" : "http";
            case "getServerName" -> "shop.example";
            case "getServerPort" -> secure ? 443 : 80;
            case "isSecure" -> secure;
            case "getDispatcherType" -> DispatcherType.REQUEST;
            case "getHeader" -> first(headers.get((String) args[0]));
            case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
            case "getHeaderNames" -> Collections.enumeration(new ArrayList<>(headers.keySet()));
            case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> {
                if (args[1] == null) {
                    attributes.remove((String) args[0]);
                } else {
                    attributes.put((String) args[0], args[1]);
                }
                yield null;
            }
            case "removeAttribute" -> attributes.remove((String) args[0]);
            case "getAttributeNames" -> Collections.enumeration(new ArrayList<>(attributes.keySet()));
            case "getContentType" -> contentType;
            case "getContentLength" -> body.length;
            case "getContentLengthLong" -> (long) body.length;
            case "getCharacterEncoding" -> characterEncoding;
            case "setCharacterEncoding" -> {
                characterEncoding = (String) args[0];
                yield null;
            }
            case "getInputStream" -> stream();
            case "getReader" -> new BufferedReader(new InputStreamReader(stream(), charset()));
            case "getParameter" -> {
                String[] values = parameters().get((String) args[0]);
                yield values == null ? null : values[0];
            }
            case "getParameterValues" -> {
                String[] values = parameters().get((String) args[0]);
                yield values == null ? null : values.clone();
            }
            case "getParameterMap" -> Collections.unmodifiableMap(parameters());
            case "getParameterNames" -> Collections.enumeration(parameters().keySet());
            case "getPart", "getParts" -> throw new IllegalStateException("No multipart configuration for this servlet");
            case "getSession" -> session(args == null || (Boolean) args[0]);
            case "getLocale" -> locales().get(0);
            case "getLocales" -> Collections.enumeration(locales());
            case "getRequestDispatcher" -> dispatcher((String) args[0]);
            case "getServletContext" -> null;
            case "isAsyncStarted" -> false;
            case "toString" -> "FakeHttpRequest " + method + " " + contextPath + path;
            case "hashCode" -> System.identityHashCode(this);
            case "equals" -> args[0] == request;
            default -> throw new UnsupportedOperationException("FakeHttpRequest does not model " + name);
        };
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private Charset charset() {
        // The servlet specification's default for a body whose encoding is not known.
        return characterEncoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(characterEncoding);
    }

    /** One stream per request, as a container's: what one reader took is gone for the next. */
    private ServletInputStream stream() {
        bodyRead = true;
        if (stream == null) {
            stream = newStream();
        }
        return stream;
    }

    private ServletInputStream newStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] bytes, int offset, int length) {
                return in.read(bytes, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("FakeHttpRequest does not model asynchronous reads");
            }
        };
    }

    /** Parsed on first use, as containers do: the query string, then a POSTed urlencoded body. */
    private Map<String, String[]> parameters() {
        if (parametersRefused) {
            throw new IllegalStateException("More than the maximum number of request parameters");
        }
        if (parameters == null) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            Charset charset = charset();
            addPairs(all, query, charset);
            if ("POST".equals(method) && contentType != null
                    && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                bodyRead = true;
                addPairs(all, new String(body, StandardCharsets.ISO_8859_1), charset);
            }
            parameters = new LinkedHashMap<>();
            all.forEach((key, values) -> parameters.put(key, values.toArray(String[]::new)));
        }
        return parameters;
    }

    private static void addPairs(Map<String, List<String>> into, String text, Charset charset) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            into.computeIfAbsent(URLDecoder.decode(key, charset), k -> new ArrayList<>()).add(URLDecoder.decode(value, charset));
        }
    }

    private HttpSession session(boolean create) {
        if (sessionId == null && !create) {
            return null;
        }
        if (sessionId == null) {
            sessionId = "created-" + Integer.toHexString(System.identityHashCode(this));
            sessionCreated = true;
        }
        String id = sessionId;
        Map<String, Object> values = new LinkedHashMap<>();
        return (HttpSession) Proxy.newProxyInstance(FakeHttpRequest.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getId" -> id;
                    case "isNew" -> sessionCreated;
                    case "getAttribute" -> values.get((String) args[0]);
                    case "setAttribute" -> values.put((String) args[0], args[1]);
                    case "toString" -> "FakeHttpSession " + id;
                    default -> throw new UnsupportedOperationException("FakeHttpRequest's session does not model " + m.getName());
                });
    }

    private List<Locale> locales() {
        String accept = first(headers.get("Accept-Language"));
        if (accept == null) {
            return List.of(Locale.getDefault());
        }
        List<Locale> locales = new ArrayList<>();
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
            locales.add(Locale.forLanguageTag(range.getRange()));
        }
        return locales;
    }

    private RequestDispatcher dispatcher(String target) {
        return (RequestDispatcher) Proxy.newProxyInstance(FakeHttpRequest.class.getClassLoader(),
                new Class<?>[] {RequestDispatcher.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "forward" -> {
                        forwards.add(target);
                        Target servlet = targets.get(target);
                        if (servlet != null) {
                            ServletRequest forwarded = (ServletRequest) args[0];
                            ServletResponse response = (ServletResponse) args[1];
                            servlet.serve((HttpServletRequest) forwarded, (jakarta.servlet.http.HttpServletResponse) response);
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException("FakeHttpRequest's dispatcher does not model " + m.getName());
                });
    }
}
