package org.freshview.demo.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.Result;
import org.freshview.View;

import java.time.Duration;
import java.util.Optional;

/**
 * The language switch: {@code /language/de?back=/forms/{key}/1} remembers German in a cookie
 * for a year and goes back to the page. Only the languages the demo speaks are taken (else 404),
 * and only a local path as {@code back} ({@link LocalPath}; else the start page). A link, not a
 * form: choosing a language changes nothing but how the pages read, so it needs no CSRF token.
 */
@View("/language/{lang}")
public class LanguageView {

    static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @PathParam("lang")
    String tag;

    @QueryParam("back")
    String back;

    @GET
    public Result choose(HttpServletRequest request, HttpServletResponse response) {
        Optional<Language> language = Language.tagged(tag);
        if (language.isEmpty()) {
            return Result.notFound();
        }
        Cookie cookie = new Cookie(Language.COOKIE, language.get().getTag());
        String context = request.getContextPath();
        cookie.setPath(context.isEmpty() ? "/" : context);
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return Result.redirect(LocalPath.orStart(back));
    }
}
