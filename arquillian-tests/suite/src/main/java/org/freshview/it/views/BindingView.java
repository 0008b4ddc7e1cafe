package org.freshview.it.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.View;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Binds every source to parameters and fields and echoes what it got, one value per line. */
@View("/binding")
@CsrfExempt
public class BindingView {

    public enum Color { RED, GREEN }

    @QueryParam("fieldQuery")
    @DefaultValue("field-default")
    String fieldQuery;

    @HeaderParam("X-Field")
    Optional<String> fieldHeader;

    @GET
    public String get(@QueryParam("n") int n,
                      @QueryParam("boxed") Integer boxed,
                      @QueryParam("tag") List<String> tags,
                      @QueryParam("page") Optional<Integer> page,
                      @QueryParam("size") @DefaultValue("20") long size,
                      @QueryParam("id") UUID id,
                      @QueryParam("color") Color color,
                      @QueryParam("price") BigDecimal price,
                      @QueryParam("day") LocalDate day,
                      @QueryParam("box") Size box,
                      @QueryParam("flag") boolean flag,
                      @HeaderParam("X-Token") String token,
                      @CookieParam("theme") String theme,
                      Locale locale,
                      HttpServletRequest request,
                      HttpSession session) {
        return String.join("\n",
                "n=" + n, "boxed=" + boxed, "tags=" + tags, "page=" + page, "size=" + size, "id=" + id,
                "color=" + color, "price=" + price, "day=" + day, "box=" + box, "flag=" + flag,
                "token=" + token, "theme=" + theme, "locale=" + locale.toLanguageTag(),
                "request=" + request.getRequestURI(), "session=" + (session.getId() != null),
                "fieldQuery=" + fieldQuery, "fieldHeader=" + fieldHeader);
    }

    @POST
    public void post(@FormParam("name") String name, @FormParam("item") List<Integer> items,
                     @QueryParam("name") String queryName, HttpServletResponse response) throws java.io.IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("name=" + name + "\nitems=" + items + "\nqueryName=" + queryName);
    }
}
