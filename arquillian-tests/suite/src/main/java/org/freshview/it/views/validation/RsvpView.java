package org.freshview.it.views.validation;

import jakarta.validation.constraints.Max;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import org.freshview.CsrfExempt;
import org.freshview.Form;
import org.freshview.View;

/**
 * A constrained handler parameter and a Form: the handler runs with the errors, although full EE
 * servers put their method-validation interceptor on such methods of CDI beans.
 */
@View("/rsvp")
@CsrfExempt
public class RsvpView {

    @POST
    public String answer(@FormParam("guests") @Max(value = 5, message = "at most 5 guests") int guests, Form form) {
        return "valid=" + form.isValid() + " guests=" + guests + " messages=" + form.getMessages()
                + " values=" + form.getValues();
    }
}
