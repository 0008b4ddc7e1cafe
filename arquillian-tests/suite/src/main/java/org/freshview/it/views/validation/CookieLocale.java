package org.freshview.it.views.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.freshview.LocaleResolver;

import java.util.Locale;

/** The application's choice of language: a {@code lang} cookie, as a language switch sets it, over Accept-Language. */
@ApplicationScoped
public class CookieLocale implements LocaleResolver {

    @Override
    public Locale locale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals("lang") && cookie.getValue().matches("[a-z]{2}")) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return request.getLocale();
    }
}
