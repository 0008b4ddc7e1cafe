package org.freshview.demo.forms;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.freshview.Form;
import org.freshview.Result;
import org.freshview.View;

import java.util.Locale;

/**
 * Page 2, the address. Its template is more specific than {@link FormView}'s
 * {@code /forms/{key}/{page}}, so this view serves the page; Freshview binds and validates
 * {@link AddressForm} before {@link #save} runs, which gets the outcome and decides.
 */
@View("/forms/{key}/2")
public class AddressView extends PageView {

    @GET
    public Result show() {
        return show(Page.ADDRESS);
    }

    @POST
    public Result save(@BeanParam AddressForm answers, Form outcome, Locale locale) {
        return save(Page.ADDRESS, answers, outcome, locale);
    }
}
