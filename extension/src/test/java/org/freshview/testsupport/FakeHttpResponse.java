package org.freshview.testsupport;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A response as a servlet container keeps it, without the container: status, headers, the body
 * written through the stream or the writer (in the response's charset), and the commit. Like a
 * container it ignores status and header changes once committed, refuses {@code reset()} then,
 * refuses the writer after the stream (and the other way round), and adds the charset to the
 * Content-Type once a writer is taken. {@code sendError} commits with the status and no body (the
 * container's error page is not modelled). Any other call throws
 * {@link UnsupportedOperationException}.
 */
public final class FakeHttpResponse {

    private int status = 200;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String mediaType;
    private String characterEncoding;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean committed;
    private Integer errorSent;
    private final HttpServletResponse response;

    public FakeHttpResponse() {
        response = (HttpServletResponse) Proxy.newProxyInstance(FakeHttpResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> answer(m.getName(), args));
    }

    /** The response the code under test sees; the same object on every call. */
    public HttpServletResponse response() {
        return response;
    }

    public int status() {
        return status;
    }

    /** The first value of the header, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> headers(String name) {
        return List.copyOf(headers.getOrDefault(name, List.of()));
    }

    public Collection<String> headerNames() {
        return List.copyOf(headers.keySet());
    }

    /** The value of the cookie this response sets, from its {@code Set-Cookie} header, or {@code null}. */
    public String setCookie(String name) {
        for (String header : headers("Set-Cookie")) {
            if (header.startsWith(name + "=")) {
                return header;
            }
        }
        return null;
    }

    /** The {@code name=value} of the cookie this response sets, as the browser will send it back, or {@code null}. */
    public Cookie cookie(String name) {
        String header = setCookie(name);
        if (header == null) {
            return null;
        }
        int end = header.indexOf(';');
        return new Cookie(name, header.substring(name.length() + 1, end < 0 ? header.length() : end));
    }

    public String contentType() {
        return header("Content-Type");
    }

    public byte[] bodyBytes() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** The body, decoded in the response's charset. */
    public String body() {
        return new String(bodyBytes(), charset());
    }

    public boolean committed() {
        return committed;
    }

    /** The status of {@code sendError}, or {@code null} if it was not called. */
    public Integer errorSent() {
        return errorSent;
    }

    private Charset charset() {
        return Charset.forName(characterEncoding == null ? "ISO-8859-1" : characterEncoding);
    }

    private Object answer(String name, Object[] args) {
        return switch (name) {
            case "setStatus" -> {
                if (!committed) {
                    status = (Integer) args[0];
                }
                yield null;
            }
            case "getStatus" -> status;
            case "setHeader", "addHeader", "setIntHeader", "addIntHeader" -> {
                header(name.startsWith("set"), (String) args[0], String.valueOf(args[1]));
                yield null;
            }
            case "getHeader" -> header((String) args[0]);
            case "getHeaders" -> headers((String) args[0]);
            case "getHeaderNames" -> headerNames();
            case "containsHeader" -> headers.containsKey((String) args[0]);
            case "addCookie" -> {
                Cookie cookie = (Cookie) args[0];
                header(false, "Set-Cookie", cookie.getName() + "=" + cookie.getValue()
                        + (cookie.getPath() == null ? "" : "; Path=" + cookie.getPath())
                        + (cookie.isHttpOnly() ? "; HttpOnly" : "") + (cookie.getSecure() ? "; Secure" : ""));
                yield null;
            }
            case "setContentType" -> {
                contentType((String) args[0]);
                yield null;
            }
            case "getContentType" -> header("Content-Type");
            case "setCharacterEncoding" -> {
                if (!committed && writer == null) {
                    characterEncoding = (String) args[0];
                    updateContentType();
                }
                yield null;
            }
            case "getCharacterEncoding" -> charset().name();
            case "setContentLength", "setContentLengthLong" -> {
                header(true, "Content-Length", String.valueOf(args[0]));
                yield null;
            }
            case "getOutputStream" -> {
                if (writer != null) {
                    throw new IllegalStateException("getWriter() has already been called for this response");
                }
                if (stream == null) {
                    stream = new BodyStream();
                }
                yield stream;
            }
            case "getWriter" -> {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() has already been called for this response");
                }
                if (writer == null) {
                    characterEncoding = charset().name();
                    updateContentType();
                    writer = new PrintWriter(new OutputStreamWriter(body, charset()));
                }
                yield writer;
            }
            case "isCommitted" -> committed;
            case "flushBuffer" -> {
                bodyBytes();
                committed = true;
                yield null;
            }
            case "reset" -> {
                if (committed) {
                    throw new IllegalStateException("Cannot reset a committed response");
                }
                status = 200;
                headers.clear();
                mediaType = null;
                characterEncoding = null;
                writer = null;
                stream = null;
                body.reset();
                yield null;
            }
            case "resetBuffer" -> {
                if (committed) {
                    throw new IllegalStateException("Cannot reset the buffer of a committed response");
                }
                if (writer != null) {
                    writer.flush();
                }
                body.reset();
                yield null;
            }
            case "sendError" -> {
                if (committed) {
                    throw new IllegalStateException("Cannot send an error after the response was committed");
                }
                status = (Integer) args[0];
                errorSent = status;
                body.reset();
                committed = true;
                yield null;
            }
            case "sendRedirect" -> {
                if (committed) {
                    throw new IllegalStateException("Cannot redirect after the response was committed");
                }
                status = 302;
                header(true, "Location", (String) args[0]);
                committed = true;
                yield null;
            }
            case "setBufferSize", "setLocale" -> null;
            case "getBufferSize" -> 8192;
            case "getLocale" -> Locale.getDefault();
            case "encodeURL", "encodeRedirectURL" -> args[0];
            case "toString" -> "FakeHttpResponse " + status;
            case "hashCode" -> System.identityHashCode(this);
            case "equals" -> args[0] == response;
            default -> throw new UnsupportedOperationException("FakeHttpResponse does not model " + name);
        };
    }

    private void header(boolean replace, String name, String value) {
        if (committed) {
            return;
        }
        if (name.equalsIgnoreCase("Content-Type")) {
            contentType(value);
            return;
        }
        List<String> values = headers.computeIfAbsent(name, n -> new ArrayList<>());
        if (replace) {
            values.clear();
        }
        values.add(value);
    }

    private void contentType(String type) {
        if (committed) {
            return;
        }
        if (type == null) {
            mediaType = null;
            headers.remove("Content-Type");
            return;
        }
        String[] parts = type.split(";");
        mediaType = parts[0].strip();
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.toLowerCase(Locale.ROOT).startsWith("charset=") && writer == null) {
                characterEncoding = parameter.substring(8).strip();
            }
        }
        updateContentType();
    }

    /** As Tomcat writes it: the media type, and {@code ;charset=} once a charset is set. */
    private void updateContentType() {
        if (mediaType == null) {
            return;
        }
        List<String> values = headers.computeIfAbsent("Content-Type", n -> new ArrayList<>());
        values.clear();
        values.add(characterEncoding == null ? mediaType : mediaType + ";charset=" + characterEncoding);
    }

    private final class BodyStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            committed = true;
        }

        @Override
        public void close() {
            committed = true;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("FakeHttpResponse does not model asynchronous writes");
        }
    }
}
