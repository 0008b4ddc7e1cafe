package org.freshview.internal.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A request with just what the CSRF code reads, and a response that keeps its headers; no container. */
final class FakeRequest {

    boolean secure;
    String method = "POST";
    String contentType;
    byte[] body = new byte[0];
    String sessionId;
    final Map<String, String> headers = new HashMap<>();
    final List<Cookie> cookies = new ArrayList<>();
    final Map<String, Object> attributes = new HashMap<>();
    final List<String> setCookies = new ArrayList<>();

    FakeRequest header(String name, String value) {
        headers.put(name.toLowerCase(), value);
        return this;
    }

    HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "isSecure" -> secure;
                    case "getMethod" -> method;
                    case "getContentType" -> contentType;
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase());
                    case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getSession" -> session((Boolean) (args == null ? Boolean.TRUE : args[0]));
                    case "getQueryString", "getCharacterEncoding", "getParameterValues" -> null;
                    case "getPart" -> throw new IllegalStateException("no multipart configuration");
                    case "getInputStream" -> stream(body);
                    case "getContentLengthLong" -> (long) body.length;
                    case "getServletContext" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "addHeader" -> {
                        if (args[0].equals("Set-Cookie")) {
                            setCookies.add((String) args[1]);
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    Exchange exchange() {
        return new Exchange(request(), response(), Map.of(), RequestLimits.DEFAULT);
    }

    private HttpSession session(boolean create) {
        if (sessionId == null && !create) {
            return null;
        }
        if (sessionId == null) {
            throw new AssertionError("the CSRF code must never create a session");
        }
        String id = sessionId;
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("getId")) {
                        return id;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    static ServletInputStream stream(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
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
                throw new UnsupportedOperationException();
            }
        };
    }
}
