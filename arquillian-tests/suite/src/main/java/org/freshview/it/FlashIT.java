package org.freshview.it;

import org.freshview.it.views.FlashView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Flash messages after POST/redirect/GET: shown once by the next page, read by another
 * application (or instance) that shares the key and by no other, and a cookie that was altered
 * or expired is ignored and cleared without an error page.
 */
@ExtendWith(ArquillianExtension.class)
class FlashIT {

    static final String KEY = CsrfIT.KEY;
    private static final String OTHER_KEY = "another-key-that-signs-nothing-of-the-first-0123";
    private static final String PAGE = "<%@ page session=\"false\" contentType=\"text/plain; charset=UTF-8\" %>"
            + "saved=[${flash.saved}] echo=[${flash.echo}] empty=${empty flash}";

    @Deployment(name = "flash", testable = false)
    static WebArchive flash() {
        return war("flash", KEY);
    }

    @Deployment(name = "flash-twin", testable = false)
    static WebArchive twin() {
        return war("flash-twin", KEY);
    }

    @Deployment(name = "flash-other", testable = false)
    static WebArchive other() {
        return war("flash-other", OTHER_KEY);
    }

    private static WebArchive war(String name, String key) {
        return Deployments.war(name, FlashView.class)
                .addAsWebResource(new StringAsset(PAGE), "WEB-INF/flash.jsp")
                .addAsResource(new StringAsset("freshview.csrf.key=" + key + "\n"), "freshview.properties");
    }

    @ArquillianResource
    @OperateOnDeployment("flash")
    URL base;

    @ArquillianResource
    @OperateOnDeployment("flash-twin")
    URL twinBase;

    @ArquillianResource
    @OperateOnDeployment("flash-other")
    URL otherBase;

    private HttpResponse<String> post(String action, String... form) {
        return Http.send(Http.to(base, "flash/" + action).header("Content-Type", Http.FORM)
                .POST(Http.form(form)).build());
    }

    private static HttpResponse<String> get(URL app, String action, String cookie) {
        return Http.send(Http.to(app, "flash/" + action).header("Cookie", cookie).GET().build());
    }

    private static List<String> flashCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("freshview-flash=")).toList();
    }

    /** The cookie a redirect set, as the browser sends it back. */
    private static String flashCookie(HttpResponse<String> redirect) {
        List<String> set = flashCookies(redirect);
        assertEquals(1, set.size(), "one flash cookie: " + redirect.headers().allValues("Set-Cookie"));
        String cookie = set.get(0);
        assertTrue(cookie.contains("; Max-Age=60; Path=/; HttpOnly; SameSite=Lax"), cookie);
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static void assertCleared(HttpResponse<String> response) {
        assertEquals(List.of("freshview-flash=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax"), flashCookies(response));
    }

    @Test
    void the_page_after_the_redirect_shows_the_message_once_and_clears_it() {
        HttpResponse<String> redirect = post("save");
        assertEquals(303, redirect.statusCode());
        assertTrue(redirect.headers().firstValue("Location").orElseThrow().endsWith("/flash/page"));
        String cookie = flashCookie(redirect);

        HttpResponse<String> page = get(base, "page", cookie);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("saved=[Your address was saved] echo=[] empty=false", page.body());
        assertCleared(page);

        HttpResponse<String> reload = Http.get(base, "flash/page"); // the browser dropped the cookie
        assertEquals("saved=[] echo=[] empty=true", reload.body());
        assertEquals(List.of(), flashCookies(reload));
    }

    @Test
    void a_redirect_without_messages_of_its_own_passes_them_on() {
        String cookie = flashCookie(post("save"));

        HttpResponse<String> hop = get(base, "hop", cookie);

        assertEquals(302, hop.statusCode());
        assertEquals(List.of(), flashCookies(hop));
        assertEquals("saved=[Your address was saved] echo=[] empty=false", get(base, "page", cookie).body());
    }

    @Test
    void another_application_sharing_the_key_shows_it_and_one_with_another_key_ignores_and_clears_it() {
        String cookie = flashCookie(post("save"));

        HttpResponse<String> twin = get(twinBase, "page", cookie);
        HttpResponse<String> other = get(otherBase, "page", cookie);

        assertEquals("saved=[Your address was saved] echo=[] empty=false", twin.body());
        assertEquals(200, other.statusCode(), other.body());
        assertEquals("saved=[] echo=[] empty=true", other.body());
        assertCleared(other);
    }

    @Test
    void an_altered_cookie_is_ignored_and_cleared_without_an_error_page() {
        String cookie = flashCookie(post("save"));
        int dot = cookie.indexOf('.');
        String altered = cookie.substring(0, dot - 2) + (cookie.charAt(dot - 2) == 'A' ? 'B' : 'A') + cookie.substring(dot - 1);
        String forged = cookie.substring(0, dot) + ".bm90IGEgc2lnbmF0dXJlIG9mIHRoaXMga2V5IGF0IGFsbA";

        for (String bad : List.of(altered, forged, "freshview-flash=saved:Pwned")) {
            HttpResponse<String> page = get(base, "page", bad);
            assertEquals(200, page.statusCode(), bad + ": " + page.body());
            assertEquals("saved=[] echo=[] empty=true", page.body(), bad);
            assertCleared(page);
        }
    }

    @Test
    void a_cookie_signed_with_the_key_but_expired_is_ignored_and_cleared() throws IOException {
        long now = System.currentTimeMillis() / 1000;
        String fresh = "freshview-flash=" + sign(KEY, now + 30, "saved", "signed by another instance");
        String expired = "freshview-flash=" + sign(KEY, now - 1, "saved", "too late");

        assertEquals("saved=[signed by another instance] echo=[] empty=false", get(base, "page", fresh).body());
        HttpResponse<String> page = get(base, "page", expired);
        assertEquals("saved=[] echo=[] empty=true", page.body());
        assertCleared(page);
    }

    @Test
    void text_with_cr_lf_and_cookie_syntax_travels_encoded_and_reaches_the_page_unchanged() {
        String text = "Saved\r\nSet-Cookie: evil=1; Path=/\r\n\u00e9\u20ac \"quoted\", ; = end";

        HttpResponse<String> redirect = post("echo", "text", text);

        assertEquals(303, redirect.statusCode());
        assertTrue(redirect.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("evil")),
                redirect.headers().allValues("Set-Cookie").toString());
        String cookie = flashCookie(redirect);
        assertTrue(cookie.matches("freshview-flash=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), cookie);
        assertEquals("saved=[] echo=[" + text + "] empty=false", get(base, "page", cookie).body());
    }

    @Test
    void the_largest_flash_allowed_travels_through_the_server() {
        String text = "\u00e9".repeat(995) + "end"; // 1993 bytes in UTF-8, with the name 1997

        String cookie = flashCookie(post("echo", "text", text));

        assertEquals("saved=[] echo=[" + text + "] empty=false", get(base, "page", cookie).body());
    }

    @Test
    void a_flash_too_large_for_a_cookie_fails_in_the_handler_with_a_clear_message() {
        HttpResponse<String> response = post("oversized");

        assertEquals(500, response.statusCode());
        assertTrue(response.body().startsWith("refused: Flash messages travel in a cookie, so one redirect carries"
                + " at most 20 of them, with at most 2000 bytes of names and texts in UTF-8; these are 1 messages of"
                + " 2004 bytes."), response.body());
        assertEquals(List.of(), flashCookies(response));
    }

    /** A cookie value as an instance holding {@code key} signs it, expiring at {@code expires} (epoch seconds). */
    private static String sign(String key, long expires, String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeLong(expires);
            out.writeByte(1);
            for (String each : List.of(name, text)) {
                byte[] utf8 = each.getBytes(StandardCharsets.UTF_8);
                out.writeShort(utf8.length);
                out.write(utf8);
            }
        }
        byte[] flashKey = hmac(key.getBytes(StandardCharsets.UTF_8), "freshview-flash".getBytes(StandardCharsets.US_ASCII));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(bytes.toByteArray()) + "." + base64.encodeToString(hmac(flashKey, bytes.toByteArray()));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
