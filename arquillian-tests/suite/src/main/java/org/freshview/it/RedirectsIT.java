package org.freshview.it;

import org.freshview.it.views.redirects.PageView;
import org.freshview.it.views.redirects.RedirectingView;
import org.freshview.it.views.routing.PathEchoView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exact {@code Location} bytes every server sends for redirects whose target holds characters
 * above 0x7E (Undertow writes a header character as its low byte), for the trailing-slash 308,
 * and for reverse routing under a catch-all at the root of the application.
 */
@ExtendWith(ArquillianExtension.class)
class RedirectsIT {

    @Deployment(name = "redirects", testable = false)
    static WebArchive redirects() {
        return Deployments.war("redirects", RedirectingView.class, PathEchoView.class);
    }

    @Deployment(name = "catch-all", testable = false)
    static WebArchive catchAll() {
        return Deployments.war("catch-all", PageView.class);
    }

    @ArquillianResource
    @OperateOnDeployment("redirects")
    URL base;

    @ArquillianResource
    @OperateOnDeployment("catch-all")
    URL pages;

    private RawHttp.Response redirect(String method, String kind, String to) {
        String target = base.getPath() + "go?kind=" + kind + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
        return RawHttp.send(base, method, target, List.of(), method.equals("POST") ? new byte[0] : null);
    }

    private static String contextPath(URL url) {
        return url.getPath().substring(0, url.getPath().length() - 1);
    }

    @Test
    void a_redirect_target_above_0x7e_is_sent_percent_encoded_as_utf8() {
        RawHttp.Response response = redirect("GET", "uri", "/caf\u00e9/\u0123?q=\u00fc");

        assertEquals(302, response.status(), response.head());
        assertEquals(contextPath(base) + "/caf%C3%A9/%C4%A3?q=%C3%BC", response.header("Location"));
    }

    @Test
    void a_non_ascii_character_cannot_become_a_slash_or_a_hash_on_the_wire() {
        String host = base.getHost() + ":" + base.getPort();

        assertEquals(contextPath(base) + "/%C4%AFevil.example",
                redirect("GET", "uri", "/\u012Fevil.example").header("Location"));
        assertEquals("%C4%AF%C4%AFevil.example", redirect("GET", "uri", "\u012F\u012Fevil.example").header("Location"));
        assertEquals("http://evil.example%C4%A3@" + host + "/",
                redirect("GET", "uri", "http://evil.example\u0123@" + host + "/").header("Location"));
    }

    @Test
    void a_non_ascii_cr_lf_cannot_split_a_large_redirect() {
        String padding = "x".repeat(6000);
        RawHttp.Response response = redirect("POST", "uri", "/a\u010D\u010AX-Injected:1/" + padding);

        assertEquals(303, response.status(), response.head());
        assertEquals(contextPath(base) + "/a%C4%8D%C4%8AX-Injected:1/" + padding, response.header("Location"));
        assertTrue(response.headerLines().stream().noneMatch(line -> line.startsWith("X-Injected")), response.head());
    }

    @Test
    void a_redirect_to_another_host_is_encoded_the_same_way() {
        RawHttp.Response response = redirect("GET", "other-host", "https://accounts.example/\u00fc\u0100");

        assertEquals(302, response.status(), response.head());
        assertEquals("https://accounts.example/%C3%BC%C4%80", response.header("Location"));
    }

    @Test
    void a_refused_non_ascii_redirect_names_no_location() {
        RawHttp.Response response = redirect("GET", "uri", "https://evil.example\u0100/");

        assertEquals(400, response.status(), response.head());
        assertEquals("Bad request: refused to redirect to that address.", response.body());
        assertNull(response.header("Location"));
    }

    @Test
    void the_trailing_slash_redirect_keeps_escapes_as_sent() {
        RawHttp.Response response = RawHttp.get(base, base.getPath() + "echo/caf%C3%A9/?q=%C4%8D%C4%8A");

        assertEquals(308, response.status(), response.head());
        assertEquals(contextPath(base) + "/echo/caf%C3%A9?q=%C4%8D%C4%8A", response.header("Location"));
    }

    @Test
    void a_redirect_to_a_view_under_a_root_catch_all_encodes_its_value() {
        RawHttp.Response response = RawHttp.get(pages, pages.getPath() + "here?to=about/caf%C3%A9%20x");

        assertEquals(302, response.status(), response.head());
        assertEquals(contextPath(pages) + "/about/caf%C3%A9%20x", response.header("Location"));
    }

    @Test
    void a_redirect_to_a_view_that_would_start_with_two_slashes_fails_without_location() {
        TargetServer server = TargetServer.current();
        long mark = server.logMark();

        RawHttp.Response response = RawHttp.get(pages, pages.getPath() + "here?to=/evil.example");

        assertEquals(500, response.status(), response.head());
        assertEquals("Internal Server Error", response.body());
        assertNull(response.header("Location"));
        String expected = "The value \"/evil.example\" of {page} in the template \"/{page: .+}\" of "
                + PageView.class.getName() + " starts with '/', so the URI would start with '//',"
                + " which a browser reads as the address of another host.";
        assertTrue(server.logSince(mark, expected).contains(expected), server.logSince(mark));
    }
}
