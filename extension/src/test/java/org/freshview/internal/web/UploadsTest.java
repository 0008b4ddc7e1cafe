package org.freshview.internal.web;

import jakarta.servlet.http.Part;
import org.freshview.testsupport.FakeHttpRequest;
import org.freshview.testsupport.FakeHttpResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadsTest {

    private static final String BOUNDARY = "xYzZY";

    /** A POSTed {@code multipart/form-data} body of these parts. */
    private static FakeHttpRequest multipart(String... parts) {
        return multipartBody(body(parts));
    }

    private static FakeHttpRequest multipartBody(String body) {
        return FakeHttpRequest.post("/app", "/orders")
                .body("multipart/form-data; boundary=" + BOUNDARY, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(String... parts) {
        StringBuilder body = new StringBuilder();
        for (String part : parts) {
            body.append("--").append(BOUNDARY).append("\r\n").append(part).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private static String field(String name, String value) {
        return "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value;
    }

    private static String file(String name, String fileName, String content) {
        return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content;
    }

    @Test
    void sizes_are_bytes_or_kilo_mega_or_gigabytes_of_1024() {
        assertEquals(1000, RequestLimits.parseSize("1000"));
        assertEquals(2048, RequestLimits.parseSize("2KB"));
        assertEquals(10L * 1024 * 1024, RequestLimits.parseSize(" 10 mb "));
        assertEquals(1L << 30, RequestLimits.parseSize("1GB"));
        assertEquals(-1, RequestLimits.parseSize("ten"));
        assertEquals(-1, RequestLimits.parseSize("99999999999GB"));
    }

    @Test
    void a_file_name_never_carries_a_directory_or_a_control_character() {
        assertEquals("passwd", UploadedPart.baseName("../../etc/passwd"));
        assertEquals("cv.pdf", UploadedPart.baseName("C:\\Users\\me\\cv.pdf"));
        assertEquals("ab.txt", UploadedPart.baseName("a\r\nb.txt"));
        assertEquals("", UploadedPart.baseName(".."));
        assertEquals("Grüße 履歴書.txt", UploadedPart.baseName("Grüße 履歴書.txt"));
        assertNull(UploadedPart.baseName(null));
    }

    @Test
    void fields_and_files_of_a_multipart_body_are_read() throws RequestRefused, IOException {
        Exchange exchange = exchange(multipart(field("title", "Grüße"), file("doc", "a.txt", "A"), file("doc", "b.txt", "BB"),
                file("empty", "", "")));

        assertEquals(List.of("Grüße"), exchange.form("title"));
        List<Part> docs = exchange.parts("doc");
        assertEquals(2, docs.size());
        assertEquals("b.txt", docs.get(1).getSubmittedFileName());
        assertEquals("BB", new String(docs.get(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("text/plain", docs.get(0).getContentType());
        assertEquals(List.of(), exchange.parts("empty"));
        exchange.finish();
    }

    @Test
    void a_multipart_body_over_a_limit_is_a_413() {
        RequestLimits limits = new RequestLimits(3, 4, 1000);
        FakeHttpRequest bigFile = multipart(file("doc", "a.txt", "12345"));
        FakeHttpRequest manyParts = multipart(field("a", ""), field("b", ""), field("c", ""), field("d", ""));
        FakeHttpRequest bigForm = multipart(file("doc", "a.txt", "1234"), "x".repeat(1000));

        RequestRefused file = assertThrows(RequestRefused.class, () -> exchange(bigFile, limits).parts("doc"));
        RequestRefused parts = assertThrows(RequestRefused.class, () -> exchange(manyParts, limits).parts("doc"));
        RequestRefused form = assertThrows(RequestRefused.class, () -> exchange(bigForm, limits).parts("doc"));

        assertEquals(413, file.status());
        assertEquals("Content Too Large: the file in field \"doc\" is larger than 4 bytes.", file.getMessage());
        assertEquals("Content Too Large: the form has more than 3 parts.", parts.getMessage());
        assertEquals("Content Too Large: the form is larger than 1000 bytes.", form.getMessage());
    }

    @Test
    void the_csrf_field_of_a_handler_that_takes_files_comes_from_the_parsed_form_wherever_it_is() throws RequestRefused {
        Exchange exchange = exchange(multipart(file("doc", "a.txt", "A".repeat(5000)), field("_csrf", "token")));
        exchange.readsMultipart = true;

        assertEquals("token", exchange.multipartField("_csrf"));
        assertEquals(1, exchange.parts("doc").size());
    }

    @Test
    void a_put_with_a_multipart_body_binds_no_text_field_as_containers_parse_only_posted_forms() throws RequestRefused {
        FakeHttpRequest put = multipart(field("title", "x")).method("PUT");

        assertEquals(List.of(), exchange(put).form("title"));
    }

    @Test
    void a_broken_body_is_a_400() {
        FakeHttpRequest broken = multipartBody(body(file("doc", "a.txt", "A")).replace("--" + BOUNDARY + "--\r\n", ""));

        RequestRefused e = assertThrows(RequestRefused.class, () -> exchange(broken).parts("doc"));
        assertEquals("Bad Request: the multipart form could not be read.", e.getMessage());
    }

    private static Exchange exchange(FakeHttpRequest request) {
        return exchange(request, RequestLimits.DEFAULT);
    }

    private static Exchange exchange(FakeHttpRequest request, RequestLimits limits) {
        return new Exchange(request.request(), new FakeHttpResponse().response(), Map.of(), limits);
    }
}
