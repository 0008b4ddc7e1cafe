package org.freshview;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * Chooses the language of a request: Bean Validation's messages, the conversion messages and a
 * {@code Locale} handler parameter use it. Without one, it is the request's
 * {@code Accept-Language} ({@link HttpServletRequest#getLocale()}). Declare one CDI bean of this
 * type in the application to choose otherwise, for example from a cookie set by a language switch:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class CookieLocale implements LocaleResolver {
 *     public Locale locale(HttpServletRequest request) {
 *         Cookie[] cookies = request.getCookies();
 *         for (Cookie c : cookies == null ? new Cookie[0] : cookies) {
 *             if (c.getName().equals("lang") && c.getValue().equals("de")) {
 *                 return Locale.GERMAN;
 *             }
 *         }
 *         return request.getLocale();
 *     }
 * }
 * }</pre>
 *
 * It is looked up once, at deployment, and called once per request that binds values; no
 * session is needed, so several instances agree.
 */
@FunctionalInterface
public interface LocaleResolver {

    /**
     * The request's language.
     *
     * @param request the request
     * @return a locale, never {@code null}
     */
    Locale locale(HttpServletRequest request);
}
