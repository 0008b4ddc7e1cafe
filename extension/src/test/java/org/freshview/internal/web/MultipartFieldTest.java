package org.freshview.internal.web;

import org.freshview.testsupport.FakeHttpRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartFieldTest {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    private static String part(String disposition, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + content + "\r\n";
    }

    private static String end() {
        return "--" + BOUNDARY + "--\r\n";
    }

    private static MultipartField.Scan scan(String body, int limit) throws IOException {
        return MultipartField.find(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BOUNDARY, "_csrf", limit);
    }

    /** A stream that gives one byte per read, so every delimiter and header end is split across reads. */
    private static InputStream trickle(String body) {
        InputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : in.read(b, off, 1);
            }
        };
    }

    @Test
    void the_field_first_in_the_form_is_found_reading_no_further() throws IOException {
        String first = part("name=\"_csrf\"", "T0ken-value_1") + "--" + BOUNDARY;
        String body = first + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello\r\n" + end();

        MultipartField.Scan scan = MultipartField.find(trickle(body), BOUNDARY, "_csrf", 1 << 20);

        assertEquals("T0ken-value_1", scan.value());
        assertEquals(first, new String(scan.read(), StandardCharsets.UTF_8));
        assertFalse(scan.cutShort());
    }

    @Test
    void the_field_after_other_fields_and_a_file_is_found_and_everything_read_is_returned() throws IOException {
        String body = "preamble\r\n" + part("name=\"title\"", "a title with --" + BOUNDARY.substring(0, 10))
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"_csrf\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + "x\r\n-".repeat(5000) + "\r\n"
                + part("name=\"_csrf\"", "tok") + end();

        MultipartField.Scan scan = MultipartField.find(trickle(body), BOUNDARY, "_csrf", 1 << 20);

        assertEquals("tok", scan.value());
        assertTrue(body.startsWith(new String(scan.read(), StandardCharsets.UTF_8)));
    }

    @Test
    void a_form_without_the_field_is_read_to_its_end_and_gives_no_value() throws IOException {
        String body = part("name=\"title\"", "hello") + part("name=\"_csrf_not\"", "x") + end();

        MultipartField.Scan scan = scan(body, 1 << 20);

        assertNull(scan.value());
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), scan.read());
        assertFalse(scan.cutShort());
    }

    @Test
    void the_search_stops_at_the_limit_and_says_so() throws IOException {
        String body = part("name=\"file\"; filename=\"big.bin\"", "y".repeat(5000)) + part("name=\"_csrf\"", "tok") + end();

        MultipartField.Scan scan = scan(body, 4096);

        assertNull(scan.value());
        assertEquals(4096, scan.read().length);
        assertTrue(scan.cutShort());
    }

    @Test
    void quoted_names_and_unquoted_names_are_read_but_a_filename_is_not_a_name() throws IOException {
        assertEquals("q", scan(part("filename=\"_csrf\"; name=\"_csrf\"", "q") + end(), 1 << 20).value());
        assertEquals("u", scan(part("name=_csrf", "u") + end(), 1 << 20).value());
        assertNull(scan(part("filename=\"_csrf\"; name=\"a;_csrf\"", "q") + end(), 1 << 20).value());
    }

    @Test
    void a_value_too_long_to_be_a_token_is_no_value() throws IOException {
        assertNull(scan(part("name=\"_csrf\"", "t".repeat(2000)) + end(), 1 << 20).value());
    }

    @Test
    void the_boundary_comes_from_the_content_type_quoted_or_not_and_a_bad_one_is_none() {
        assertEquals("abc", MultipartField.boundary("multipart/form-data; boundary=abc"));
        assertEquals("a b;c", MultipartField.boundary("Multipart/Form-Data; charset=UTF-8; boundary=\"a b;c\""));
        assertNull(MultipartField.boundary("multipart/form-data"));
        assertNull(MultipartField.boundary("multipart/form-data; boundary=" + "b".repeat(71)));
        assertNull(MultipartField.boundary("application/x-www-form-urlencoded; boundary=abc"));
        assertNull(MultipartField.boundary(null));
    }

    @Test
    void a_hostile_body_of_near_delimiters_is_scanned_in_linear_time() throws IOException {
        // Every position starts a near-match of the delimiter; a search that restarted from the
        // part's start after each read would take quadratic time.
        String near = "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1);
        String body = part("name=\"file\"", near.repeat((2 << 20) / near.length())) + end();
        long start = System.nanoTime();

        MultipartField.Scan scan = MultipartField.find(trickle(body.substring(0, 1 << 16)), BOUNDARY, "_csrf", 2 << 20);
        MultipartField.Scan big = scan(body, 2 << 20);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertNull(scan.value());
        assertTrue(big.cutShort());
        assertTrue(millis < 2000, millis + " ms");
    }

    @Test
    void a_request_replays_the_bytes_read_then_the_rest_of_the_body() throws IOException {
        FakeHttpRequest post = FakeHttpRequest.post("/app", "/orders")
                .body("text/plain", "rest of the body".getBytes(StandardCharsets.UTF_8));

        ReplayedBodyRequest replay = new ReplayedBodyRequest(post.request(), "read first, ".getBytes(StandardCharsets.UTF_8));

        assertEquals("read first, rest of the body", new String(replay.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
