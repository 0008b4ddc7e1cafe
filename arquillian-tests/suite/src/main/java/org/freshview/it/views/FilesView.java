package org.freshview.it.views;

import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import org.freshview.View;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Takes uploaded files and answers with what it got: names, sizes, types and contents. */
@View("/files")
public class FilesView {

    @Inject
    PostCounter counter;

    @FormParam("title")
    String title;

    @POST
    public String upload(@FormParam("file") Part file, @FormParam("more") List<Part> more,
                         @FormParam("none") Optional<Part> none) throws IOException {
        counter.increment();
        StringBuilder out = new StringBuilder("title=").append(title).append(" file=").append(describe(file));
        for (Part part : more) {
            out.append(" more=").append(describe(part));
        }
        return out.append(" none=").append(none.isPresent()).toString();
    }

    private static String describe(Part part) throws IOException {
        if (part == null) {
            return "-";
        }
        try (InputStream in = part.getInputStream()) {
            return part.getSubmittedFileName() + "(" + part.getSize() + "," + part.getContentType() + ")"
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
