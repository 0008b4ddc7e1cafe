package org.freshview.demo.forms;

import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import org.freshview.Result;
import org.freshview.View;
import org.freshview.demo.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * An optional photo or document attached to a draft application: a file upload bound to a
 * {@link Part}, limited to 1 MB by Freshview ({@code freshview.properties}: a larger file is a
 * {@code 413} before this view runs), its type checked by its content, stored in the database.
 *
 * <pre>
 * GET  /forms/{key}/document   the upload form, with the document attached so far
 * POST /forms/{key}/document   attach (or replace) it, then back to the review page with a flash message
 * </pre>
 */
@View("/forms/{key}/document")
public class DocumentView {

    static final int MAX_NAME = 255;

    @Inject
    FormStore forms;

    @Inject
    DocumentStore documents;

    @PathParam("key")
    String key;

    private MembershipForm form;
    private DocumentStore.Document document;
    private String error;

    @GET
    public Result show() {
        Optional<Result> elsewhere = load();
        return elsewhere.orElseGet(() -> Result.render("/WEB-INF/jsp/document.jsp"));
    }

    @POST
    public Result upload(@FormParam("document") Part file, Locale locale) throws IOException {
        Optional<Result> elsewhere = load();
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (file == null) {
            error = Texts.format(locale, "document.missing");
            return Result.render("/WEB-INF/jsp/document.jsp");
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        Optional<DocumentType> type = DocumentType.of(content);
        if (type.isEmpty()) {
            error = Texts.format(locale, "document.wrongType");
            return Result.render("/WEB-INF/jsp/document.jsp");
        }
        String name = name(file.getSubmittedFileName());
        if (!documents.save(key, name, type.get(), content)) {
            return Result.redirect(FormView.class, key); // submitted meanwhile: its receipt
        }
        return Result.redirect(FormView.class, key, Page.REVIEW.getNumber())
                .flash("saved", Texts.format(locale, "flash.attached", name));
    }

    /** The file name to keep: Freshview already dropped any directory and control character. */
    static String name(String submitted) {
        String name = submitted == null || submitted.isBlank() ? "document" : submitted.strip();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** Loads the form and its document; a result instead when there is no draft to attach to. */
    private Optional<Result> load() {
        form = forms.find(key).orElse(null);
        if (form == null) {
            return Optional.of(Result.notFound());
        }
        if (form.isSubmitted()) {
            return Optional.of(Result.redirect(FormView.class, key));
        }
        document = documents.find(key).orElse(null);
        return Optional.empty();
    }

    public String getKey() {
        return key;
    }

    public MembershipForm getForm() {
        return form;
    }

    public DocumentStore.Document getDocument() {
        return document;
    }

    public String getError() {
        return error;
    }
}
