package org.freshview.demo.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A request's language: the switch's cookie, else the browser's, else English. */
class LanguageTest {

    @Test
    void the_first_accepted_language_the_demo_speaks_is_taken() {
        assertEquals(Language.GERMAN, Language.of(request(null, "de-CH", Locale.forLanguageTag("de-CH"))));
        assertEquals(Language.GERMAN, Language.of(request(null, "fr, de", Locale.FRENCH, Locale.GERMAN)));
        assertEquals(Language.ENGLISH, Language.of(request(null, "en-GB, de", Locale.UK, Locale.GERMAN)));
        assertEquals(Language.ENGLISH, Language.of(request(null, "fr", Locale.FRENCH)));
        assertEquals(Language.ENGLISH, Language.of(request(null, null, Locale.GERMAN)), "no header: not the server's locale");
    }

    @Test
    void the_cookie_of_a_known_language_wins_and_any_other_is_ignored() {
        assertEquals(Language.GERMAN, Language.of(request(new Cookie("lang", "de"), "en", Locale.ENGLISH)));
        assertEquals(Language.ENGLISH, Language.of(request(new Cookie("lang", "en"), "de", Locale.GERMAN)));
        assertEquals(Language.GERMAN, Language.of(request(new Cookie("lang", "<script>"), "de", Locale.GERMAN)));
        assertEquals(Language.ENGLISH, Language.of(request(new Cookie("lang", "DE"), null, Locale.ENGLISH)));
    }

    @Test
    void only_the_languages_the_demo_speaks_have_a_tag() {
        assertEquals(List.of("en", "de"), Language.all().stream().map(Language::getTag).toList());
        assertEquals(Locale.GERMAN, Language.tagged("de").orElseThrow().locale());
        assertEquals(true, Language.tagged("fr").isEmpty());
        assertEquals(true, Language.tagged(null).isEmpty());
    }

    private static HttpServletRequest request(Cookie cookie, String acceptLanguage, Locale... locales) {
        return (HttpServletRequest) Proxy.newProxyInstance(LanguageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> cookie == null ? null : new Cookie[] {cookie};
                    case "getHeader" -> "Accept-Language".equalsIgnoreCase((String) args[0]) ? acceptLanguage : null;
                    case "getLocales" -> Collections.enumeration(List.of(locales));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
