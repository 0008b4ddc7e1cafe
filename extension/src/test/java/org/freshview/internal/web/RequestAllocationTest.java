package org.freshview.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.View;
import org.freshview.internal.cdi.ViewExtension;
import org.freshview.internal.routing.TrailingSlash;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22: the bytes Freshview's own code allocates for one request, without a container:
 * a view binding a path, query, header and form value and answering with text, dispatched on a
 * request and response that allocate nothing themselves, in an active Weld request context. The
 * CDI container's share (taking the view's instance from the request context) is measured apart
 * the same way and subtracted. Counted by the JDK per thread, so the numbers are exact.
 */
class RequestAllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @View("/echo/{p}")
    @CsrfExempt
    static class EchoView {
        @PathParam("p")
        String path;
        @QueryParam("q")
        String query;
        @HeaderParam("X-Value")
        String header;
        @FormParam("f")
        String form;

        @GET
        public String get() {
            return "echo";
        }
    }

    @RequestScoped
    static class PlainBean {
        String path;
    }

    @Test
    void a_view_request_allocates_at_most_512_bytes_in_freshview_and_a_miss_allocates_nothing() throws Exception {
        try (WeldContainer container = new Weld().disableDiscovery().addBeanClasses(EchoView.class, PlainBean.class)
                .addExtension(new ViewExtension()).initialize()) {
            BeanManager beanManager = container.getBeanManager();
            Dispatcher dispatcher = beanManager.getExtension(ViewExtension.class).dispatcher()
                    .forApplication("/app", TrailingSlash.REDIRECT);
            RequestContextController requests = container.select(RequestContextController.class).get();
            @SuppressWarnings("unchecked")
            Bean<Object> bean = (Bean<Object>) beanManager.resolve(beanManager.getBeans(PlainBean.class));
            StubRequest view = new StubRequest("/app/echo/w1n12345", "/echo/w1n12345", "q=w1n12345", "w1n12345");
            StubRequest miss = new StubRequest("/app/static.txt", "/static.txt", null, null);
            StubResponse response = new StubResponse();

            long[] viewBytes = new long[2000];
            long[] cdiBytes = new long[2000];
            long[] missBytes = new long[2000];
            for (int i = 0; i < 2000; i++) {
                requests.activate();
                view.reset();
                long before = THREADS.getCurrentThreadAllocatedBytes();
                boolean handled = dispatcher.dispatch(view.request, response.response);
                viewBytes[i] = THREADS.getCurrentThreadAllocatedBytes() - before;
                requests.deactivate();
                assertTrue(handled);

                requests.activate();
                before = THREADS.getCurrentThreadAllocatedBytes();
                Object instance = beanManager.getContext(RequestScoped.class)
                        .get((Contextual<Object>) bean, beanManager.createCreationalContext(bean));
                cdiBytes[i] = THREADS.getCurrentThreadAllocatedBytes() - before;
                requests.deactivate();
                assertTrue(instance instanceof PlainBean);

                miss.reset();
                before = THREADS.getCurrentThreadAllocatedBytes();
                handled = dispatcher.dispatch(miss.request, response.response);
                missBytes[i] = THREADS.getCurrentThreadAllocatedBytes() - before;
                assertFalse(handled);
            }
            assertEquals("echo", response.written());
            long viewMedian = median(viewBytes);
            long cdiMedian = median(cdiBytes);
            // The values bound: the path's and the query's "w1n12345" are new Strings (24 bytes and a
            // 24-byte array each); the header's is the request's own String, as a container's is.
            long boundValues = 2 * (24 + 24);
            System.out.printf("RequestAllocationTest: view request %d bytes (CDI instance %d, bound values %d,"
                    + " Freshview's own %d); a miss %d bytes%n", viewMedian, cdiMedian, boundValues,
                    viewMedian - cdiMedian - boundValues, median(missBytes));
            assertEquals(0, median(missBytes), "a request no view claims");
            assertTrue(viewMedian - cdiMedian - boundValues <= 512,
                    "Freshview's own allocation per view request: " + (viewMedian - cdiMedian - boundValues));
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A GET that answers every call Freshview makes without allocating; anything else throws. */
    static final class StubRequest {
        final HttpServletRequest request;
        private final String header;
        private int headerRead;
        private Object attribute;
        private String encoding;

        StubRequest(String uri, String servletPath, String query, String header) {
            this.header = header;
            HttpServletRequest unsupported = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                        throw new UnsupportedOperationException(method.getName());
                    });
            Enumeration<String> headers = new Enumeration<>() {
                @Override
                public boolean hasMoreElements() {
                    return StubRequest.this.header != null && headerRead == 0;
                }

                @Override
                public String nextElement() {
                    if (!hasMoreElements()) {
                        throw new NoSuchElementException();
                    }
                    headerRead++;
                    return StubRequest.this.header;
                }
            };
            request = new HttpServletRequestWrapper(unsupported) {
                @Override
                public String getRequestURI() {
                    return uri;
                }

                @Override
                public String getMethod() {
                    return "GET";
                }

                @Override
                public String getServletPath() {
                    return servletPath;
                }

                @Override
                public String getPathInfo() {
                    return null;
                }

                @Override
                public String getQueryString() {
                    return query;
                }

                @Override
                public String getContentType() {
                    return null;
                }

                @Override
                public Cookie[] getCookies() {
                    return null;
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return headers;
                }

                @Override
                public String getCharacterEncoding() {
                    return encoding;
                }

                @Override
                public void setCharacterEncoding(String value) {
                    encoding = value;
                }

                @Override
                public void setAttribute(String name, Object value) {
                    attribute = value;
                }

                @Override
                public Object getAttribute(String name) {
                    return attribute;
                }
            };
        }

        void reset() {
            headerRead = 0;
            attribute = null;
            encoding = null;
        }
    }

    /** A response that keeps the last body written in a reused buffer. */
    static final class StubResponse {
        final HttpServletResponse response;
        private final byte[] body = new byte[64];
        private int length;

        StubResponse() {
            HttpServletResponse unsupported = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        throw new UnsupportedOperationException(method.getName());
                    });
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body[length++] = (byte) b;
                }

                @Override
                public void write(byte[] bytes, int offset, int count) {
                    System.arraycopy(bytes, offset, body, 0, count);
                    length = count;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            response = new HttpServletResponseWrapper(unsupported) {
                @Override
                public void setStatus(int status) {
                }

                @Override
                public void setContentType(String type) {
                }

                @Override
                public void setHeader(String name, String value) {
                }

                @Override
                public void setContentLength(int length) {
                }

                @Override
                public ServletOutputStream getOutputStream() {
                    return out;
                }

                @Override
                public boolean isCommitted() {
                    return false;
                }
            };
        }

        String written() {
            return new String(body, 0, length, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
