package org.freshview.it.views.routing;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import org.freshview.View;

import java.util.Map;
import java.util.TreeMap;

/** Echoes the decoded template values the dispatcher exposes as a request attribute. */
@View(value = {"/echo/{key}", "/echo/{key}/{page}"}, name = "echo")
public class PathEchoView {

    @Inject
    HttpServletRequest request;

    @GET
    public String echo() {
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) request.getAttribute("org.freshview.pathValues");
        return "echo " + new TreeMap<>(values);
    }
}
