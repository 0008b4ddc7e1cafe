package org.freshview.it;

import org.freshview.it.views.CsrfFormView;
import org.freshview.it.views.ExemptView;
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
        return Deployments.war("csrf", CsrfFormView.class, PostCounter.class, PostCountView.class, ExemptView.class)
                .addAsWebResource(new StringAsset(
                        "<form method=\"post\">${csrf.hiddenField}<input name=\"title\"></form>"
                                + "<meta name=\"${csrf.headerName}\" content=\"${csrf.value}\">"),
                        "WEB-INF/form.jsp")
                .addAsResource(new StringAsset("freshview.csrf.key=" + KEY + "\n"), "freshview.properties");
    }

    @ArquillianResource
    URL base;

    /** A cookie and token pair as a browser gets them from a rendered form. */
    record Token(String cookie, String field, String header) {
    }

    private Token renderForm() {
        HttpResponse<String> page = Http.get(base, "csrf-form");
        assertEquals(200, page.statusCode(), page.body());
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("freshview-csrf=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        Matcher field = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\">")
                .matcher(page.body());
        assertTrue(field.find(), page.body());
        Matcher meta = Pattern.compile("<meta name=\"X-CSRF-Token\" content=\"([A-Za-z0-9_-]+)\">").matcher(page.body());
        assertTrue(meta.find(), page.body());
        return new Token(setCookie.substring(0, setCookie.indexOf(';')), field.group(1), meta.group(1));
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

    @Test
    void a_token_signed_with_the_configured_key_is_accepted_as_from_another_instance() throws Exception {
        byte[] nonce = new byte[32];
        java.util.Arrays.fill(nonce, (byte) 7);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String cookie = "freshview-csrf=" + encoder.encodeToString(nonce);

        HttpResponse<String> response = post("csrf-form", cookie, "_csrf", encoder.encodeToString(mac.doFinal(nonce)),
                "title", "elsewhere");

        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void an_exempt_method_runs_without_token_while_the_other_methods_stay_protected() {
        assertEquals("hook ran", post("exempt", null).body());
        HttpResponse<String> delete = Http.send(Http.to(base, "exempt").DELETE().build());
        assertEquals(403, delete.statusCode());
    }
}
