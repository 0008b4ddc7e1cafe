package org.freshview.demo.forms;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.freshview.Form;
import org.freshview.Result;
import org.freshview.View;

import java.util.Locale;

/**
 * Page 1, about you: name, e-mail and year of birth. Its template is more specific than {@link FormView}'s
 * {@code /forms/{key}/{page}}, so this view serves the page; Freshview binds and validates
 * {@link AboutYouForm} before {@link #save} runs, which gets the outcome and decides.
 */
@View("/forms/{key}/1")
public class AboutYouView extends PageView {

    @GET
    public Result show() {
        return show(Page.ABOUT_YOU);
    }

    @POST
    public Result save(@BeanParam AboutYouForm answers, Form outcome, Locale locale) {
        return save(Page.ABOUT_YOU, answers, outcome, locale);
    }
}
