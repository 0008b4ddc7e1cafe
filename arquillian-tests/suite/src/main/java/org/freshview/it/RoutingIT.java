package org.freshview.it;

import org.freshview.it.views.routing.EchoLiteralView;
import org.freshview.it.views.routing.FilesView;
import org.freshview.it.views.routing.LinkView;
import org.freshview.it.views.routing.NotAViewServlet;
import org.freshview.it.views.routing.PathEchoView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class RoutingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("routing", PathEchoView.class, EchoLiteralView.class, FilesView.class, LinkView.class,
                NotAViewServlet.class);
    }

    @ArquillianResource
    URL base;

    private final TargetServer server = TargetServer.current();

    @Test
    void a_variable_route_answers_with_its_decoded_value() {
        HttpResponse<String> response = Http.get(base, "echo/tax%20return%C3%A9");

        assertEquals(200, response.statusCode());
        assertEquals("echo {key=tax return\u00e9}", response.body());
    }

    @Test
    void a_view_with_two_templates_answers_both() {
        assertEquals("echo {key=k}", Http.get(base, "echo/k").body());
        assertEquals("echo {key=k, page=2}", Http.get(base, "echo/k/2").body());
    }

    @Test
    void literal_beats_variable() {
        assertEquals("literal", Http.get(base, "echo/literal").body());
    }

    @Test
    void a_catch_all_takes_the_rest_of_the_path() {
        assertEquals("file a/b c/d.txt", Http.get(base, "files/a/b%20c/d.txt").body());
    }

    @Test
    void an_encoded_slash_is_a_character_of_its_segment_where_the_container_lets_it_through() {
        Raw response = Raw.get(base, "echo/a%2Fb");

        if (!answeredByTheContainer(SuspiciousPath.ENCODED_SLASH, "echo/a%2Fb", response)) {
            assertEquals(200, response.status(), response.body());
            assertEquals("echo {key=a/b}", response.body());
        }
    }

    @Test
    void a_dot_segment_inside_a_decoded_value_goes_on_to_the_container() {
        Map<String, SuspiciousPath> paths = new LinkedHashMap<>();
        paths.put("files/..%2F..%2FWEB-INF%2Fweb.xml", SuspiciousPath.ENCODED_SLASH);
        paths.put("echo/..%2Fsecret", SuspiciousPath.ENCODED_SLASH);
        paths.put("echo/a%2F.", SuspiciousPath.ENCODED_SLASH);
        paths.put("echo/a%5C..%5Cb", SuspiciousPath.ENCODED_BACKSLASH);
        paths.put("echo/a\\..\\b", SuspiciousPath.BACKSLASH);
        assertAll(paths.entrySet().stream().map(entry -> () -> {
            Raw response = Raw.get(base, entry.getKey());
            if (!answeredByTheContainer(entry.getValue(), entry.getKey(), response)) {
                assertWentOnToTheContainer(entry.getKey(), response);
            }
        }));
    }

    @Test
    void a_malformed_escape_in_a_path_no_template_claims_goes_on_to_the_container() {
        // no template starts with /static: the path is none of Freshview's business
        Raw response = Raw.get(base, "static/caf%E9.css");

        assertFalse(response.body().startsWith("Bad request: the path"), response.body());
        switch (server.pathDecoding()) {
            case BY_THE_APPLICATION -> assertWentOnToTheContainer("static/caf%E9.css", response);
            case REFUSED_BY_THE_CONTAINER, GRIZZLY_FAILS_ON_MALFORMED_ESCAPES -> {
                assertEquals(400, response.status(), response.body());
                assertNoStackTrace(response.body());
            }
        }
    }

    @Test
    void raw_non_ascii_bytes_decode_alike_with_and_without_an_escape_in_the_segment() {
        // "café" sent as raw UTF-8 bytes, as some clients do; Raw writes each char as one byte
        String cafe = "caf\u00c3\u00a9";
        Raw plain = Raw.get(base, "echo/" + cafe);
        Raw escaped = Raw.get(base, "echo/" + cafe + "%21");

        if (!answeredByTheContainer(SuspiciousPath.RAW_NON_ASCII, "echo/caf\u00e9", plain)) {
            // the container's own reading of the bytes, which its mapping and the URI share
            String value = new String("caf\u00e9".getBytes(StandardCharsets.UTF_8), server.rawPathCharset());
            assertEquals(200, plain.status(), plain.body());
            assertEquals("echo {key=" + value + "}", plain.body());
            assertEquals(200, escaped.status(), escaped.body());
            assertEquals("echo {key=" + value + "!}", escaped.body());
        } else {
            answeredByTheContainer(SuspiciousPath.RAW_NON_ASCII, "echo/caf\u00e9%21", escaped);
        }
    }

    @Test
    void a_control_character_in_a_value_is_a_400() {
        Map<String, SuspiciousPath> paths = new LinkedHashMap<>();
        paths.put("echo/%00", SuspiciousPath.ENCODED_NUL);
        paths.put("echo/a%0Ab", SuspiciousPath.ENCODED_CONTROL);
        paths.put("files/a/b%09c.txt", SuspiciousPath.ENCODED_CONTROL);
        assertAll(paths.entrySet().stream().map(entry -> () -> {
            String path = entry.getKey();
            Raw response = Raw.get(base, path);
            if (!answeredByTheContainer(entry.getValue(), path, response)) {
                assertEquals(400, response.status(), path + ": " + response.body());
                assertEquals("Bad request: the path has a control character.", response.body(), path);
            }
        }));
    }

    @Test
    void a_malformed_escape_is_a_400_without_stack_trace() {
        for (String path : new String[] {"echo/%zz", "echo/%C3%28", "echo/%"}) {
            long mark = server.logMark();
            Raw response = Raw.get(base, path);

            assertNoStackTrace(response.body());
            assertFalse(response.body().contains("echo {"), response.body());
            if (server.pathDecoding() == PathDecoding.GRIZZLY_FAILS_ON_MALFORMED_ESCAPES && !path.equals("echo/%C3%28")) {
                assertEquals(200, response.status(), path + ": " + response.body());
                assertEquals("", response.body(), path);
                String error = PathDecoding.GLASSFISH_CONTAINER_ERROR;
                assertTrue(server.logSince(mark, error).contains(error), path);
            } else {
                assertEquals(400, response.status(), path + ": " + response.body());
            }
        }
    }

    @Test
    void an_escape_that_is_not_utf8_is_a_400_with_a_short_text() {
        // %C3%28 is well-formed percent-encoding but not UTF-8.
        Raw response = Raw.get(base, "echo/%C3%28");

        assertEquals(400, response.status());
        switch (server.pathDecoding()) {
            case BY_THE_APPLICATION -> {
                assertEquals("Bad request: the path has a malformed percent-escape.", response.body());
                assertTrue(response.header("Content-Type").startsWith("text/plain"), response.header("Content-Type"));
                assertEquals("nosniff", response.header("X-Content-Type-Options"));
            }
            case REFUSED_BY_THE_CONTAINER -> {
                assertFalse(response.body().startsWith("Bad request: the path"), response.body());
                assertNoStackTrace(response.body());
            }
            case GRIZZLY_FAILS_ON_MALFORMED_ESCAPES -> assertEquals("", response.body());
        }
    }

    @Test
    void dot_segments_never_reach_a_view_and_go_on_to_the_container() {
        Map<String, SuspiciousPath> paths = new LinkedHashMap<>();
        paths.put("echo/x/..", null);
        paths.put("echo/x/.", null);
        paths.put("files/a/../b", null);
        paths.put("echo/x/%2E%2E", SuspiciousPath.ENCODED_DOT_SEGMENT);
        paths.put("files/a/%2e/b", SuspiciousPath.ENCODED_DOT_SEGMENT);
        paths.put("echo/x/..;x", SuspiciousPath.DOT_SEGMENT_WITH_PARAMETER);
        assertAll(paths.entrySet().stream().map(entry -> () -> {
            Raw response = Raw.get(base, entry.getKey());
            if (!answeredByTheContainer(entry.getValue(), entry.getKey(), response)) {
                assertWentOnToTheContainer(entry.getKey(), response);
            }
        }));
    }

    @Test
    void a_context_path_the_client_spelled_with_an_escape_still_reaches_the_view() {
        // "/routing/" as "/r%6Futing/": the container decodes it to find the application, and
        // Freshview must still find the path after it in the raw request URI (benchmarks/README).
        Raw response = Raw.getPath(base, spelledWithAnEscape(base.getPath()) + "echo/k");

        assertEquals(200, response.status(), response.body());
        assertEquals("echo {key=k}", response.body());
    }

    @Test
    void a_path_parameter_on_the_context_path_reaches_the_view_the_container_maps() {
        String context = base.getPath().substring(0, base.getPath().length() - 1);
        Raw response = Raw.getPath(base, context + ";x/echo/k");

        if (!answeredByTheContainer(SuspiciousPath.CONTEXT_PATH_PARAMETER, ";x/echo/k", response)) {
            assertEquals(200, response.status(), response.body());
            assertEquals("echo {key=k}", response.body());
        }
    }

    @Test
    void a_path_parameter_on_the_context_path_never_moves_a_request_to_another_view() {
        // The container reads /routing;echo/k as /k in the application (";echo" is a parameter of
        // the context segment): the view of /echo/{key} must not answer it.
        String context = base.getPath().substring(0, base.getPath().length() - 1);
        Raw response = Raw.getPath(base, context + ";echo/k");

        if (!answeredByTheContainer(SuspiciousPath.CONTEXT_PATH_PARAMETER, ";echo/k", response)) {
            assertEquals(404, response.status(), response.body());
            assertEquals("not a view: /k", response.body());
        }
    }

    @Test
    void a_path_parameter_is_not_part_of_the_value() {
        assertEquals("echo {key=k}", Http.get(base, "echo/k;v=1").body());
    }

    @Test
    void a_trailing_slash_redirects_with_308_to_the_path_without_it() {
        Raw response = Raw.get(base, "echo/k%20x/?q=1");

        assertEquals(308, response.status());
        assertEquals(base.getPath() + "echo/k%20x?q=1", response.header("Location"));
    }

    @Test
    void injected_routes_build_encoded_uris() {
        assertEquals("/echo/a%20b/2 /echo/x%2Fy", Http.get(base, "link").body());
    }

    /**
     * If this server answers paths of {@code kind} itself, asserts that it did (with its status,
     * no view) and returns {@code true}; a path of any other kind reached the
     * application and the caller asserts what Freshview did with it.
     */
    private boolean answeredByTheContainer(SuspiciousPath kind, String path, Raw response) {
        Integer status = kind == null ? null : server.answeredByTheContainer().get(kind);
        if (status == null) {
            return false;
        }
        assertEquals(status, response.status(), path + " (" + kind + "): " + response.body());
        assertFalse(response.body().startsWith("echo ") || response.body().startsWith("file "),
                path + ": " + response.body());
        return true;
    }

    /**
     * Freshview let the request go: the application's default servlet answered it, or the
     * container itself when the path it mapped lies outside the application.
     */
    static void assertWentOnToTheContainer(String path, Raw response) {
        assertEquals(404, response.status(), path + ": " + response.body());
        assertFalse(response.body().startsWith("echo ") || response.body().startsWith("file "), path + ": " + response.body());
    }

    /** {@code /routing/} as {@code /r%6Futing/}: its third character escaped. */
    static String spelledWithAnEscape(String contextPath) {
        return contextPath.substring(0, 2) + "%" + Integer.toHexString(contextPath.charAt(2)) + contextPath.substring(3);
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at org."), body);
    }

    /**
     * One request over a plain socket: the path goes out byte for byte, where java.net.URI and
     * HttpClient would normalise dot segments or refuse a broken escape.
     */
    record Raw(int status, String head, String body) {

        static Raw get(URL base, String relative) {
            return getPath(base, base.getPath() + relative);
        }

        /** A request for {@code path}, the whole path after the host, sent as is. */
        static Raw getPath(URL base, String path) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                String text = bytes.toString(StandardCharsets.UTF_8);
                int split = text.indexOf("\r\n\r\n");
                String head = split < 0 ? text : text.substring(0, split);
                String body = split < 0 ? "" : text.substring(split + 4);
                if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                    body = unchunk(body);
                }
                int status = Integer.parseInt(head.substring(9, 12));
                return new Raw(status, head, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", at);
                String sizeLine = lineEnd < 0 ? "" : chunked.substring(at, lineEnd).split(";")[0].strip();
                int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
                if (size == 0) {
                    break;
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            return body.toString();
        }
    }
}
