package org.freshview.internal.web;

import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.Settings;
import org.freshview.testsupport.FakeHttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.freshview.internal.web.CsrfCookie.SecureCookie.ALWAYS;
import static org.freshview.internal.web.CsrfCookie.SecureCookie.AUTO;
import static org.freshview.internal.web.CsrfCookie.SecureCookie.NEVER;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CsrfCookieTest {

    private static FakeHttpRequest request() {
        return FakeHttpRequest.post("/app", "/orders");
    }

    private static String setCookie(CsrfCookie cookie, FakeHttpRequest request) {
        return cookie.setCookie(request.request(), "n0nce");
    }

    @Test
    void by_default_the_cookie_is_host_prefixed_and_secure_only_over_https() {
        FakeHttpRequest http = request();
        FakeHttpRequest https = request().secure();

        assertEquals("freshview-csrf=n0nce; Path=/; HttpOnly; SameSite=Lax", setCookie(CsrfCookie.DEFAULT, http));
        assertEquals("__Host-freshview-csrf=n0nce; Path=/; HttpOnly; SameSite=Lax; Secure",
                setCookie(CsrfCookie.DEFAULT, https));
    }

    @Test
    void x_forwarded_proto_is_ignored_unless_trusted() {
        FakeHttpRequest proxied = request().header("X-Forwarded-Proto", "https");

        assertEquals("freshview-csrf", CsrfCookie.DEFAULT.name(proxied.request()));
        assertEquals("__Host-freshview-csrf", new CsrfCookie(AUTO, true).name(proxied.request()));
    }

    @Test
    void a_trusted_x_forwarded_proto_counts_its_first_protocol_the_clients() {
        CsrfCookie trusting = new CsrfCookie(AUTO, true);

        assertEquals(true, trusting.secure(request().header("X-Forwarded-Proto", " HTTPS , http").request()));
        assertEquals(false, trusting.secure(request().header("X-Forwarded-Proto", "http, https").request()));
        assertEquals(false, trusting.secure(request().header("X-Forwarded-Proto", "httpsx").request()));
        assertEquals(false, trusting.secure(request().request()));
    }

    @Test
    void always_and_never_decide_whatever_the_request_says() {
        FakeHttpRequest https = request().header("X-Forwarded-Proto", "https").secure();

        assertEquals("__Host-freshview-csrf=n0nce; Path=/; HttpOnly; SameSite=Lax; Secure",
                setCookie(new CsrfCookie(ALWAYS, false), request()));
        assertEquals("freshview-csrf=n0nce; Path=/; HttpOnly; SameSite=Lax", setCookie(new CsrfCookie(NEVER, true), https));
    }

    @Test
    void the_settings_are_read_from_freshview_properties_and_a_bad_value_is_a_deployment_problem(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("freshview.properties"),
                "freshview.csrf.secureCookie=Always\nfreshview.csrf.trustForwardedProto=true\n");
        List<Diagnostic> problems = new ArrayList<>();

        assertEquals(new CsrfCookie(ALWAYS, true), CsrfCookie.load(settings(dir), problems));
        assertEquals(List.of(), problems);

        Files.writeString(dir.resolve("freshview.properties"),
                "freshview.csrf.secureCookie=yes\nfreshview.csrf.trustForwardedProto=1\n");
        assertEquals(CsrfCookie.DEFAULT, CsrfCookie.load(settings(dir), problems));
        assertEquals(List.of(
                "FV-313 freshview.properties key freshview.csrf.secureCookie: The value \"yes\" is not one this"
                        + " setting takes. Set it to auto, always or never.",
                "FV-313 freshview.properties key freshview.csrf.trustForwardedProto: The value \"1\" is not one"
                        + " this setting takes. Set it to true or false."),
                problems.stream().map(Diagnostic::toString).toList());
    }

    @Test
    void the_environment_variables_are_named_the_microprofile_config_way() {
        assertEquals("FRESHVIEW_CSRF_SECURECOOKIE", Setting.CSRF_SECURE_COOKIE.environmentVariable());
        assertEquals("FRESHVIEW_CSRF_TRUSTFORWARDEDPROTO", Setting.CSRF_TRUST_FORWARDED_PROTO.environmentVariable());
    }

    private static Settings settings(Path dir) throws IOException {
        return Settings.beforeServletContext(new URLClassLoader(new URL[] {dir.toUri().toURL()}, null));
    }
}
