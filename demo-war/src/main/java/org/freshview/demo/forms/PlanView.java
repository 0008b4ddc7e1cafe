package org.freshview.demo.forms;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.freshview.Form;
import org.freshview.Result;
import org.freshview.View;

import java.util.Locale;

/**
 * Page 3, the membership plan and comments. Its template is more specific than {@link FormView}'s
 * {@code /forms/{key}/{page}}, so this view serves the page; Freshview binds and validates
 * {@link PlanForm} before {@link #save} runs, which gets the outcome and decides.
 */
@View("/forms/{key}/3")
public class PlanView extends PageView {

    @GET
    public Result show() {
        return show(Page.MEMBERSHIP);
    }

    @POST
    public Result save(@BeanParam PlanForm answers, Form outcome, Locale locale) {
        return save(Page.MEMBERSHIP, answers, outcome, locale);
    }
}
