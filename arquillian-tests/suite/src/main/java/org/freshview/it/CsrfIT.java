package org.freshview.it;

import org.freshview.it.views.CsrfFormView;
import org.freshview.it.views.ExemptView;
import org.freshview.it.views.MERGE;
import org.freshview.it.views.MergeView;
import org.freshview.it.views.UploadView;
import org.freshview.it.views.PostCountView;
import org.freshview.it.views.PostCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class CsrfIT {

    /** The key in the WAR's freshview.properties: a test can sign tokens as another instance would. */
    static final String KEY = "test-key-shared-by-every-instance-0123456789";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return war("csrf", "");
    }

    /** The CSRF test application; {@code settings} go into its freshview.properties after the key. */
    static WebArchive war(String name, String settings) {
        return Deployments.war(name, CsrfFormView.class, PostCounter.class, PostCountView.class, ExemptView.class,
                        MergeView.class, MERGE.class, UploadView.class)
                // A JSP makes an HTTP session unless told not to: the token is bound to it.
                .addAsWebResource(new StringAsset(
                        "<form method=\"post\">${csrf.hiddenField}<input name=\"title\"></form>"
                                + "<meta name=\"${csrf.headerName}\" content=\"${csrf.value}\">"),
                        "WEB-INF/form.jsp")
                .addAsResource(new StringAsset("freshview.csrf.key=" + KEY + "\n" + settings), "freshview.properties");
    }

    @ArquillianResource
    URL base;

    /**
     * What a browser holds after a rendered form: its CSRF cookie, the session cookie the JSP
     * made, and the token shown in the page.
     */
    record Token(String csrfCookie, String sessionCookie, String field, String header) {

        /** The Cookie header the browser sends back. */
        String cookie() {
            return csrfCookie + "; " + sessionCookie;
        }
    }

    private Token renderForm() {
        return renderForm(base, "freshview-csrf=");
    }

    static Token renderForm(URL base, String cookiePrefix, String... headers) {
        HttpRequest.Builder get = Http.to(base, "csrf-form");
        for (int i = 0; i < headers.length; i += 2) {
            get.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> page = Http.send(get.GET().build());
        assertEquals(200, page.statusCode(), page.body());
        List<String> setCookies = page.headers().allValues("Set-Cookie");
        String setCookie = setCookies.stream().filter(c -> c.startsWith(cookiePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + cookiePrefix + " cookie in " + setCookies));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        String session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("The JSP made no session: " + setCookies));
        Matcher field = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\">")
                .matcher(page.body());
        assertTrue(field.find(), page.body());
        Matcher meta = Pattern.compile("<meta name=\"X-CSRF-Token\" content=\"([A-Za-z0-9_-]+)\">").matcher(page.body());
        assertTrue(meta.find(), page.body());
        return new Token(setCookie.substring(0, setCookie.indexOf(';')), session.substring(0, session.indexOf(';')),
                field.group(1), meta.group(1));
    }

    private HttpResponse<String> post(String path, String cookie, String... form) {
        HttpRequest.Builder request = Http.to(base, path).header("Content-Type", Http.FORM);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return Http.send(request.POST(Http.form(form)).build());
    }

    private int postCount() {
        return Integer.parseInt(Http.get(base, "post-count").body());
    }

    @Test
    void a_form_posted_with_the_token_from_the_rendered_page_is_handled() {
        Token token = renderForm();

        HttpResponse<String> response = post("csrf-form", token.cookie(), "_csrf", token.field(), "title", "first");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("saved first ("), response.body());
    }

    @Test
    void the_token_in_the_header_is_accepted_too() {
        Token token = renderForm();

        HttpResponse<String> response = Http.send(Http.to(base, "csrf-form")
                .header("Cookie", token.cookie()).header("X-CSRF-Token", token.header())
                .header("Content-Type", Http.FORM).POST(Http.form("title", "by header")).build());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("saved by header ("), response.body());
    }

    @Test
    void a_post_without_token_gets_403_and_the_handler_does_not_run() {
        Token token = renderForm();
        int before = postCount();

        HttpResponse<String> response = post("csrf-form", token.cookie(), "title", "forged");

        assertEquals(403, response.statusCode());
        assertEquals("Forbidden: missing or invalid CSRF token.", response.body());
        assertEquals(before, postCount());
    }

    @Test
    void a_post_with_a_wrong_token_or_without_the_cookie_gets_403() {
        Token token = renderForm();
        Token other = renderForm();
        int before = postCount();

        assertEquals(403, post("csrf-form", token.cookie(), "_csrf", other.field(), "title", "x").statusCode());
        assertEquals(403, post("csrf-form", token.cookie(), "_csrf", "not-a-token", "title", "x").statusCode());
        assertEquals(403, post("csrf-form", null, "_csrf", token.field(), "title", "x").statusCode());
        assertEquals(before, postCount());
    }

    /** A nonce and its token without a session, signed with the key as any instance would. */
    private static String[] sessionlessPair() throws Exception {
        byte[] nonce = new byte[32];
        java.util.Arrays.fill(nonce, (byte) 7);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return new String[] {"freshview-csrf=" + encoder.encodeToString(nonce), encoder.encodeToString(mac.doFinal(nonce))};
    }

    @Test
    void a_token_signed_with_the_configured_key_is_accepted_as_from_another_instance() throws Exception {
        String[] pair = sessionlessPair();

        HttpResponse<String> response = post("csrf-form", pair[0], "_csrf", pair[1], "title", "elsewhere");

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void a_token_from_one_session_is_refused_in_another() {
        Token mine = renderForm();
        Token other = renderForm();
        int before = postCount();

        HttpResponse<String> crossed = post("csrf-form", mine.csrfCookie() + "; " + other.sessionCookie(),
                "_csrf", mine.field(), "title", "crossed");
        HttpResponse<String> own = post("csrf-form", mine.cookie(), "_csrf", mine.field(), "title", "own");

        assertEquals(403, crossed.statusCode(), crossed.body());
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(before + 1, postCount());
    }

    @Test
    void a_planted_cookie_with_a_token_made_without_session_is_refused_when_the_victim_has_a_session() throws Exception {
        String[] attackers = sessionlessPair(); // valid on its own, as the test above shows
        Token victim = renderForm();
        int before = postCount();

        HttpResponse<String> response = post("csrf-form", attackers[0] + "; " + victim.sessionCookie(),
                "_csrf", attackers[1], "title", "planted");

        assertEquals(403, response.statusCode(), response.body());
        assertEquals(before, postCount());
    }

    @Test
    void a_handler_for_a_custom_method_is_refused_without_token_and_runs_with_it() {
        Token token = renderForm();
        int before = postCount();

        HttpResponse<String> without = Http.send(Http.to(base, "merge").header("Cookie", token.cookie())
                .method("MERGE", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, without.statusCode(), without.body());
        assertEquals("Forbidden: missing or invalid CSRF token.", without.body());
        assertEquals(before, postCount());

        HttpResponse<String> with = Http.send(Http.to(base, "merge").header("Cookie", token.cookie())
                .header("X-CSRF-Token", token.header()).method("MERGE", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, with.statusCode(), with.body());
        assertEquals("merged (" + (before + 1) + ")", with.body());
    }

    /** A multipart/form-data body as a browser sends it, from name, value pairs; a name with a slash is a file. */
    private static String multipart(String boundary, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = namesAndValues[i];
            body.append("--").append(boundary).append("\r\n");
            if (name.contains("/")) {
                body.append("Content-Disposition: form-data; name=\"").append(name, 0, name.indexOf('/'))
                        .append("\"; filename=\"").append(name.substring(name.indexOf('/') + 1))
                        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            } else {
                body.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n");
            }
            body.append(namesAndValues[i + 1]).append("\r\n");
        }
        return body.append("--").append(boundary).append("--\r\n").toString();
    }

    private HttpResponse<String> upload(Token token, String body) {
        return Http.send(Http.to(base, "upload").header("Cookie", token.cookie())
                .header("Content-Type", "multipart/form-data; boundary=----FreshviewBoundary0123")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void a_multipart_form_with_the_token_is_handled_and_the_handler_reads_the_whole_body() {
        Token token = renderForm();
        String file = "0123456789abcdef".repeat(4096); // 64 KiB, more than one read
        String first = multipart("----FreshviewBoundary0123", "_csrf", token.field(), "title", "first",
                "file/notes.txt", file);
        String last = multipart("----FreshviewBoundary0123", "title", "last", "file/notes.txt", file,
                "_csrf", token.field());

        HttpResponse<String> tokenFirst = upload(token, first);
        HttpResponse<String> tokenAfterTheFile = upload(token, last);

        assertEquals(200, tokenFirst.statusCode(), tokenFirst.body());
        assertEquals("read " + first.length() + " bytes, last line ------FreshviewBoundary0123--", tokenFirst.body());
        assertEquals(200, tokenAfterTheFile.statusCode(), tokenAfterTheFile.body());
        assertEquals("read " + last.length() + " bytes, last line ------FreshviewBoundary0123--", tokenAfterTheFile.body());
    }

    @Test
    void a_multipart_form_without_the_token_or_with_a_wrong_one_gets_403_and_the_handler_does_not_run() {
        Token token = renderForm();
        Token other = renderForm();
        int before = postCount();

        HttpResponse<String> without = upload(token, multipart("----FreshviewBoundary0123", "title", "forged",
                "file/notes.txt", "data"));
        HttpResponse<String> wrong = upload(token, multipart("----FreshviewBoundary0123", "_csrf", other.field(),
                "title", "forged"));

        assertEquals(403, without.statusCode(), without.body());
        assertEquals("Forbidden: missing or invalid CSRF token.", without.body());
        assertEquals(403, wrong.statusCode(), wrong.body());
        assertEquals(before, postCount());
    }

    @Test
    void x_forwarded_proto_is_not_trusted_unless_configured_or_the_server_trusts_it_itself() {
        HttpResponse<String> page = Http.send(Http.to(base, "csrf-form").header("X-Forwarded-Proto", "https").GET().build());

        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.contains("freshview-csrf=")).findFirst().orElseThrow();
        boolean secure = TargetServer.current().trustsForwardedProto();
        assertEquals(secure ? "__Host-freshview-csrf=" : "freshview-csrf=",
                setCookie.substring(0, setCookie.indexOf('=') + 1), setCookie);
        assertEquals(secure, setCookie.contains("Secure"), setCookie);
    }

    @Test
    void an_exempt_method_runs_without_token_while_the_other_methods_stay_protected() {
        assertEquals("hook ran", post("exempt", null).body());
        HttpResponse<String> delete = Http.send(Http.to(base, "exempt").DELETE().build());
        assertEquals(403, delete.statusCode());
    }

    @Test
    void a_view_answering_with_text_sets_no_csrf_cookie() {
        HttpResponse<String> response = Http.get(base, "post-count");

        assertEquals(200, response.statusCode());
        assertEquals(List.of(), response.headers().allValues("Set-Cookie"));
    }
}
