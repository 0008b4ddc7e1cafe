package org.freshview.it.views.routing;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import org.freshview.View;

import java.util.Map;

/** A catch-all template. */
@View("/files/{path: .*}")
public class FilesView {

    @Inject
    HttpServletRequest request;

    @GET
    public String file() {
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) request.getAttribute("org.freshview.pathValues");
        return "file " + values.get("path");
    }
}
