package org.freshview.demo.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the demo speaks, and which one a request gets: the {@value #COOKIE} cookie the
 * language switch sets, else the first of the browser's {@code Accept-Language} that the demo
 * speaks, else English. Nothing is kept on the server, so every instance answers alike.
 */
public enum Language {

    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch");

    /** The cookie that holds the chosen language's tag. */
    public static final String COOKIE = "lang";

    private final String tag;
    private final String displayName;

    Language(String tag, String displayName) {
        this.tag = tag;
        this.displayName = displayName;
    }

    /** The language with this tag ({@code en}, {@code de}), if the demo speaks it. */
    public static Optional<Language> tagged(String tag) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The request's language: the cookie, else Accept-Language, else English. */
    public static Language of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(COOKIE)) {
                    Optional<Language> chosen = tagged(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get();
                    }
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return ENGLISH; // not the server's default locale, which getLocales() gives then
        }
        for (Locale accepted : Collections.list(request.getLocales())) {
            Optional<Language> spoken = tagged(accepted.getLanguage());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return ENGLISH;
    }

    /** Every language, for the switch in the page header: {@code ${languages}}. */
    public static List<Language> all() {
        return List.of(values());
    }

    /**
     * The switch to this language, coming back to a page: {@code /language/de?back=%2Fforms},
     * inside the application (the JSP adds the context path).
     */
    public String switchPath(String back) {
        return LanguageViewLinks.uri(tag) + "?back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** {@code en}, {@code de}: in the switch's URL, the cookie and the page's {@code lang}. */
    public String getTag() {
        return tag;
    }

    /** The language's name in itself, as the switch shows it. */
    public String getDisplayName() {
        return displayName;
    }
}
