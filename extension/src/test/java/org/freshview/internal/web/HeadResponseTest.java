package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.freshview.testsupport.FakeHttpResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HeadResponseTest {

    /**
     * A container response that keeps the Content-Length and, like Tomcat 11's after a forward,
     * can be suspended: then it counts as committed and ignores a new length.
     */
    private static final class ContainerResponse {

        String characterEncoding = "ISO-8859-1";
        Long contentLength;
        boolean suspended;

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getCharacterEncoding" -> characterEncoding;
                        case "setCharacterEncoding" -> {
                            characterEncoding = (String) args[0];
                            yield null;
                        }
                        case "setContentLengthLong", "setContentLength" -> {
                            if (!suspended) {
                                contentLength = ((Number) args[0]).longValue();
                            }
                            yield null;
                        }
                        case "isCommitted" -> suspended;
                        case "reset" -> {
                            contentLength = null;
                            yield null;
                        }
                        case "resetBuffer" -> null;
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    @Test
    void the_length_of_a_page_is_in_place_before_the_container_suspends_the_response_after_a_forward() {
        ContainerResponse container = new ContainerResponse();
        container.characterEncoding = "UTF-8";
        HeadResponse head = new HeadResponse(container.response());

        PrintWriter page = head.getWriter();
        page.print("<p>Hello Zoë</p>");
        page.print('\n');
        container.suspended = true; // Tomcat's forward ends
        head.finish();

        assertEquals("<p>Hello Zoë</p>\n".getBytes(StandardCharsets.UTF_8).length, container.contentLength);
    }

    @Test
    void characters_count_as_the_bytes_they_take_in_the_response_charset() {
        ContainerResponse utf8 = new ContainerResponse();
        utf8.characterEncoding = "UTF-8";
        ContainerResponse latin1 = new ContainerResponse();

        for (ContainerResponse container : new ContainerResponse[] {utf8, latin1}) {
            HeadResponse head = new HeadResponse(container.response());
            head.getWriter().write("Zoë pays 5 €");
            head.finish();
        }

        assertEquals(15, utf8.contentLength);
        assertEquals(12, latin1.contentLength, "€ is not in ISO-8859-1 and goes out as one replacement byte");
    }

    @Test
    void a_character_outside_the_basic_plane_written_in_two_halves_counts_once() {
        ContainerResponse container = new ContainerResponse();
        container.characterEncoding = "UTF-8";
        HeadResponse head = new HeadResponse(container.response());
        String smile = "\uD83D\uDE00";

        head.getWriter().write(smile.charAt(0));
        head.getWriter().write(smile.charAt(1));
        head.finish();

        assertEquals(4, container.contentLength);
    }

    @Test
    void bytes_written_to_the_stream_are_counted_as_they_are_written() throws IOException {
        ContainerResponse container = new ContainerResponse();
        HeadResponse head = new HeadResponse(container.response());

        head.getOutputStream().write(new byte[10], 2, 5);
        head.getOutputStream().write(7);

        assertEquals(6, container.contentLength);
    }

    @Test
    void a_length_the_handler_sets_is_kept() {
        ContainerResponse container = new ContainerResponse();
        HeadResponse head = new HeadResponse(container.response());

        head.setContentLength(100);
        head.getWriter().write("short");
        head.finish();

        assertEquals(100, container.contentLength);
    }

    @Test
    void a_reset_restarts_the_count_and_an_empty_body_is_length_zero() {
        ContainerResponse container = new ContainerResponse();
        HeadResponse head = new HeadResponse(container.response());

        head.getWriter().write("an error page that was not sent");
        head.reset();
        assertNull(container.contentLength);
        head.finish();

        assertEquals(0, container.contentLength);
    }

    // On a response that keeps what the client gets

    @Test
    void status_and_headers_reach_the_client_and_the_body_does_not() throws IOException {
        FakeHttpResponse client = new FakeHttpResponse();
        HeadResponse head = new HeadResponse(client.response());

        head.setStatus(201);
        head.setHeader("X-Order", "7");
        head.getOutputStream().write("{\"id\":7}".getBytes(StandardCharsets.US_ASCII));
        head.finish();

        assertEquals(201, client.status());
        assertEquals("7", client.header("X-Order"));
        assertEquals(0, client.bodyBytes().length);
        assertEquals("8", client.header("Content-Length"));
    }

    @Test
    void taking_the_writer_puts_the_charset_in_the_content_type_as_it_does_for_get() throws IOException {
        FakeHttpResponse get = new FakeHttpResponse();
        get.response().setContentType("application/json");
        get.response().getWriter().write("{}");
        FakeHttpResponse client = new FakeHttpResponse();
        HeadResponse head = new HeadResponse(client.response());

        head.setContentType("application/json");
        head.getWriter().write("{}");
        head.finish();

        assertEquals("application/json;charset=ISO-8859-1", get.contentType());
        assertEquals(get.contentType(), client.contentType());
        assertEquals("2", client.header("Content-Length"));
    }

    @Test
    void an_error_the_handler_sends_goes_to_the_container_and_no_length_follows_it() throws IOException {
        FakeHttpResponse client = new FakeHttpResponse();
        HeadResponse head = new HeadResponse(client.response());

        head.sendError(404);
        head.finish();

        assertEquals(404, client.errorSent());
        assertNull(client.header("Content-Length"));
    }
}
