package org.freshview.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSRF application behind a proxy that ends TLS and says so in {@code X-Forwarded-Proto},
 * trusted by {@code freshview.csrf.trustForwardedProto=true}. {@link CsrfIT} shows the header
 * is ignored without that setting.
 */
@ExtendWith(ArquillianExtension.class)
class CsrfBehindProxyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CsrfIT.war("csrf-proxy", "freshview.csrf.trustForwardedProto=true\n");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> post(CsrfIT.Token token, String... headers) {
        HttpRequest.Builder post = Http.to(base, "csrf-form").header("Cookie", token.cookie())
                .header("Content-Type", Http.FORM);
        for (int i = 0; i < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        return Http.send(post.POST(Http.form("_csrf", token.field(), "title", "proxied")).build());
    }

    @Test
    void a_page_served_through_https_gets_the_host_prefixed_secure_cookie() {
        HttpResponse<String> page = Http.send(Http.to(base, "csrf-form").header("X-Forwarded-Proto", "https").GET().build());

        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.contains("freshview-csrf=")).findFirst().orElseThrow();
        assertTrue(setCookie.startsWith("__Host-freshview-csrf="), setCookie);
        assertTrue(setCookie.contains("; Secure"), setCookie);
        assertTrue(setCookie.contains("; Path=/"), setCookie);
    }

    @Test
    void a_form_posted_through_https_with_the_host_prefixed_cookie_is_handled() {
        CsrfIT.Token token = CsrfIT.renderForm(base, "__Host-freshview-csrf=", "X-Forwarded-Proto", "https");

        HttpResponse<String> response = post(token, "X-Forwarded-Proto", "https");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("saved proxied ("), response.body());
    }

    @Test
    void plain_http_still_uses_the_plain_cookie_and_does_not_accept_the_https_one() {
        CsrfIT.Token overHttps = CsrfIT.renderForm(base, "__Host-freshview-csrf=", "X-Forwarded-Proto", "https");
        CsrfIT.Token overHttp = CsrfIT.renderForm(base, "freshview-csrf=", "X-Forwarded-Proto", "http");

        assertEquals(403, post(overHttps).statusCode());
        assertEquals(200, post(overHttp).statusCode());
    }
}
