package org.freshview.it;

import org.freshview.it.views.CsrfFormView;
import org.freshview.it.views.FilesView;
import org.freshview.it.views.PostCountView;
import org.freshview.it.views.PostCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * File uploads into {@code Part} and {@code List<Part>} from a multipart form that no servlet
 * with a multipart configuration serves: the limits per file, per request and on the number of
 * parts (413, the handler does not run), the CSRF token in the multipart body, file names.
 */
@ExtendWith(ArquillianExtension.class)
class UploadIT {

    private static final String BOUNDARY = "----FreshviewUpload7MA4YWxkTrZu0gW";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("uploads", FilesView.class, CsrfFormView.class, PostCounter.class, PostCountView.class)
                .addAsWebResource(new StringAsset("<form method=\"post\">${csrf.hiddenField}</form>"
                        + "<meta name=\"${csrf.headerName}\" content=\"${csrf.value}\">"), "WEB-INF/form.jsp")
                .addAsResource(new StringAsset("freshview.csrf.key=" + CsrfIT.KEY + "\n"
                        + "freshview.upload.maxFileSize=1KB\nfreshview.upload.maxRequestSize=8KB\n"
                        + "freshview.maxParameters=40\n"), "freshview.properties");
    }

    @ArquillianResource
    URL base;

    /** A multipart/form-data body as a browser sends it, in UTF-8. */
    static final class Form {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Form field(String name, String value) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"", value);
        }

        Form file(String name, String fileName, String type, String content) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + type, content);
        }

        private Form part(String headers, String content) {
            body.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n" + content + "\r\n").getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }

    private CsrfIT.Token token() {
        return CsrfIT.renderForm(base, "freshview-csrf=");
    }

    private HttpResponse<String> upload(CsrfIT.Token token, Form form) {
        return Http.send(Http.to(base, "files").header("Cookie", token.cookie())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build());
    }

    private int postCount() {
        return Integer.parseInt(Http.get(base, "post-count").body());
    }

    @Test
    void one_file_and_the_text_fields_of_the_form_are_bound() {
        CsrfIT.Token token = token();

        HttpResponse<String> response = upload(token, new Form().field("_csrf", token.field()).field("title", "Report")
                .file("file", "notes.txt", "text/plain", "hello world"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("title=Report file=notes.txt(11,text/plain)hello world none=false", response.body());
    }

    @Test
    void several_files_of_one_field_bind_to_a_list_in_order() {
        CsrfIT.Token token = token();

        HttpResponse<String> response = upload(token, new Form().field("_csrf", token.field())
                .file("more", "a.txt", "text/plain", "A").file("more", "b.csv", "text/csv", "B,b")
                .file("more", "c.bin", "application/octet-stream", "C"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("title=null file=- more=a.txt(1,text/plain)A more=b.csv(3,text/csv)B,b"
                + " more=c.bin(1,application/octet-stream)C none=false", response.body());
    }

    @Test
    void a_file_name_keeps_its_non_ascii_characters() {
        CsrfIT.Token token = token();

        HttpResponse<String> response = upload(token, new Form().field("_csrf", token.field())
                .file("file", "Grüße – 履歴書.txt", "text/plain", "ü"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("title=null file=Grüße – 履歴書.txt(2,text/plain)ü none=false", response.body());
    }

    @Test
    void a_file_name_with_directories_is_reduced_to_its_last_segment() {
        CsrfIT.Token token = token();

        HttpResponse<String> response = upload(token, new Form().field("_csrf", token.field())
                .file("file", "../../etc/passwd", "text/plain", "x")
                .file("more", "C:\\\\Users\\\\me\\\\cv.pdf", "application/pdf", "y"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("title=null file=passwd(1,text/plain)x more=cv.pdf(1,application/pdf)y none=false", response.body());
    }

    @Test
    void a_file_input_left_empty_binds_as_no_file() {
        CsrfIT.Token token = token();

        HttpResponse<String> response = upload(token, new Form().field("_csrf", token.field())
                .file("file", "", "application/octet-stream", "").file("none", "", "application/octet-stream", ""));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("title=null file=- none=false", response.body());
    }

    @Test
    void the_csrf_token_after_the_files_is_accepted_and_a_missing_or_wrong_one_refused_before_the_handler() {
        CsrfIT.Token token = token();
        CsrfIT.Token other = token();
        int before = postCount();

        HttpResponse<String> after = upload(token, new Form().file("file", "a.txt", "text/plain", "A")
                .field("_csrf", token.field()));
        HttpResponse<String> missing = upload(token, new Form().file("file", "a.txt", "text/plain", "A"));
        HttpResponse<String> wrong = upload(token, new Form().field("_csrf", other.field())
                .file("file", "a.txt", "text/plain", "A"));

        assertEquals(200, after.statusCode(), after.body());
        assertEquals("title=null file=a.txt(1,text/plain)A none=false", after.body());
        assertEquals(403, missing.statusCode(), missing.body());
        assertEquals("Forbidden: missing or invalid CSRF token.", missing.body());
        assertEquals(403, wrong.statusCode(), wrong.body());
        assertEquals(before + 1, postCount());
    }

    @Test
    void a_file_over_the_per_file_limit_is_a_413_and_the_handler_does_not_run() {
        CsrfIT.Token token = token();
        int before = postCount();

        HttpResponse<String> response = upload(token, new Form().field("_csrf", token.field())
                .file("file", "big.bin", "application/octet-stream", "x".repeat(1025)));

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("Content Too Large: the file in field \"file\" is larger than 1024 bytes.", response.body());
        assertEquals(before, postCount());
    }

    @Test
    void a_form_over_the_per_request_limit_is_a_413_and_the_handler_does_not_run() {
        CsrfIT.Token token = token();
        int before = postCount();
        Form form = new Form().field("_csrf", token.field());
        for (int i = 0; i < 9; i++) {
            form.file("more", i + ".bin", "application/octet-stream", "x".repeat(1000)); // each under 1 KB
        }

        HttpResponse<String> response = upload(token, form);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("Content Too Large: the form is larger than 8192 bytes.", response.body());
        assertEquals(before, postCount());
    }

    @Test
    void a_form_of_more_parts_than_the_parameter_limit_is_a_413_and_the_handler_does_not_run() {
        CsrfIT.Token token = token();
        int before = postCount();
        Form form = new Form().field("_csrf", token.field());
        for (int i = 0; i < 40; i++) {
            form.field("f", "");
        }

        HttpResponse<String> response = upload(token, form);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("Content Too Large: the form has more than 40 parts.", response.body());
        assertEquals(before, postCount());
    }

    @Test
    void a_broken_multipart_body_is_a_400_without_the_handler() {
        CsrfIT.Token token = token();
        int before = postCount();

        HttpResponse<String> response = Http.send(Http.to(base, "files").header("Cookie", token.cookie())
                .header("X-CSRF-Token", token.header())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString("--" + BOUNDARY + "\r\nContent-Disposition: form-data;"
                        + " name=\"file\"; filename=\"a.txt\"\r\n\r\nno closing delimiter")).build());

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("Bad Request: the multipart form could not be read.", response.body());
        assertEquals(before, postCount());
    }
}
