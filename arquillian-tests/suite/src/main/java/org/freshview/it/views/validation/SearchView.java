package org.freshview.it.views.validation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.freshview.Form;
import org.freshview.View;

import java.util.Locale;

/** Constraints on bound view fields, checked before the handler, which takes the outcome. */
@View("/search")
public class SearchView {

    @QueryParam("q")
    @Size(min = 2, message = "at least 2 characters")
    String q;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "from 1")
    int page;

    @GET
    public String show(Form form, Locale locale) {
        return "valid=" + form.isValid() + " q=" + q + " page=" + page + " errors=" + form.getErrors()
                + " values=" + form.getValues() + " locale=" + locale.toLanguageTag();
    }
}
