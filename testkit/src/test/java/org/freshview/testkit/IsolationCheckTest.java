package org.freshview.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the checker against handlers in an in-JVM server: one that leaks, several that do not. */
class IsolationCheckTest {

    private static HttpServer server;
    private static ExecutorService threads;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.createContext("/shared", new SharedFieldHandler());
        server.createContext("/local", exchange -> answer(exchange, 200, "query=" + query(exchange)));
        server.createContext("/everything", exchange -> answer(exchange, 200, "query=" + query(exchange)
                + " header=" + exchange.getRequestHeaders().getFirst("X-Key")
                + " form=" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                + " path=" + exchange.getRequestURI().getRawPath()));
        server.createContext("/broken", exchange -> answer(exchange, 500, "boom " + query(exchange)));
        server.createContext("/silent", exchange -> answer(exchange, 200, "nothing to see"));
        threads = Executors.newFixedThreadPool(16);
        server.setExecutor(threads);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void a_handler_that_keeps_request_data_in_a_shared_field_is_reported_as_leaking() {
        IsolationReport report = IsolationCheck.against(uri("/shared")).requests(400).concurrency(16).run();

        assertTrue(report.leaked() > 0, report.summary());
        assertEquals(400, report.sent());
        assertEquals(400, report.answered());
        IsolationReport.Leak leak = report.leaks().get(0);
        assertEquals(1, leak.sent().size());
        assertNotEquals(leak.sent().get(0), leak.foreign().get(0));
        assertTrue(leak.body().contains(leak.foreign().get(0)), leak.toString());
    }

    @Test
    void a_leaking_handler_fails_assert_isolated_with_the_leak_in_the_message() {
        IsolationReport report = IsolationCheck.against(uri("/shared")).requests(400).concurrency(16).run();

        AssertionError error = assertThrows(AssertionError.class, report::assertIsolated);
        assertTrue(error.getMessage().contains(" leaked, "), error.getMessage());
        assertTrue(error.getMessage().contains("leak: request #"), error.getMessage());
    }

    @Test
    void a_handler_that_keeps_request_data_in_local_variables_is_reported_isolated() {
        IsolationReport report = IsolationCheck.against(uri("/local")).requests(2_000).concurrency(32).run();

        assertEquals(0, report.leaked(), report.summary());
        assertEquals(0, report.failed(), report.summary());
        assertEquals(2_000, report.answered());
        assertTrue(report.isolated());
        report.assertIsolated();
    }

    @Test
    void values_travel_in_query_header_form_and_path_each_distinct() {
        IsolationReport report = IsolationCheck.against(uri("/everything?fixed=1"))
                .requests(300)
                .concurrency(8)
                .distinctValue(ValueIn.query("key"), ValueIn.header("X-Key"), ValueIn.form("key"), ValueIn.lastPathSegment())
                .keepAtMost(3)
                .run();

        assertTrue(report.isolated(), report.summary());
    }

    @Test
    void a_response_that_mixes_two_requests_values_counts_as_a_leak() {
        // Echoes the header of the previous request next to its own query value.
        HttpHandler previousHeader = new HttpHandler() {
            private volatile String previous = "";

            @Override
            public void handle(HttpExchange exchange) throws IOException {
                String header = exchange.getRequestHeaders().getFirst("X-Key");
                String body = query(exchange) + " " + previous;
                previous = header;
                answer(exchange, 200, body + " " + header);
            }
        };
        server.createContext("/mixing", previousHeader);

        IsolationReport report = IsolationCheck.against(uri("/mixing")).requests(50).concurrency(1)
                .distinctValue(ValueIn.query("key"), ValueIn.header("X-Key"))
                .run();

        assertEquals(49, report.leaked(), report.summary());
    }

    @Test
    void an_error_status_is_a_failure_not_a_leak() {
        IsolationReport report = IsolationCheck.against(uri("/broken")).requests(20).concurrency(4).run();

        assertEquals(0, report.leaked());
        assertEquals(20, report.failed());
        assertTrue(report.failures().get(0).reason().startsWith("status 500: boom value=fv"), report.summary());
    }

    @Test
    void a_response_that_does_not_echo_its_value_is_a_failure() {
        IsolationReport report = IsolationCheck.against(uri("/silent")).requests(10).concurrency(2).run();

        assertEquals(10, report.failed());
        assertTrue(report.failures().get(0).reason()
                .startsWith("the response does not echo the value sent in query value (fv"), report.summary());
        assertThrows(AssertionError.class, report::assertIsolated);
    }

    @Test
    void a_server_that_is_not_there_is_a_failure_for_every_request() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        IsolationReport report = IsolationCheck.against(URI.create("http://127.0.0.1:" + closedPort + "/x"))
                .requests(5).concurrency(1).requestTimeout(Duration.ofSeconds(5)).run();

        assertEquals(5, report.failed());
        assertEquals(0, report.answered());
        assertTrue(report.failures().get(0).reason().contains("ConnectException"), report.summary());
    }

    @Test
    void the_time_limit_stops_sending_before_all_requests_are_sent() {
        IsolationReport report = IsolationCheck.against(uri("/shared")).requests(1_000_000).concurrency(4)
                .within(Duration.ofMillis(300)).run();

        assertTrue(report.sent() < 1_000_000, report.summary());
        assertEquals(report.sent(), report.answered(), report.summary());
    }

    @Test
    void a_relative_target_is_rejected_with_the_reason() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> IsolationCheck.against(URI.create("/echo")));

        assertEquals("The target must be an absolute http URL, was: /echo", error.getMessage());
    }

    /** The Django bug in miniature: one handler instance, request data in its field, a pause, then the echo. */
    private static final class SharedFieldHandler implements HttpHandler {
        private String value;

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            value = query(exchange);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "value=" + value);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static String query(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? "" : query;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
