package org.freshview.it.views;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import org.freshview.View;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Takes a multipart form and answers with what it could read of the body, all of it or not. */
@View("/upload")
public class UploadView {

    @Inject
    PostCounter counter;

    @POST
    public String upload(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        counter.increment();
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return "read " + body.length + " bytes, last line " + text.substring(text.lastIndexOf('\n') + 1);
    }
}
