package org.freshview.it.views.validation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import org.freshview.CsrfExempt;
import org.freshview.View;

/** Constraints on handler parameters and no Form parameter: invalid input is a 400 listing the messages. */
@View("/strict")
@CsrfExempt
public class StrictView {

    @POST
    public String save(@FormParam("email") @NotBlank(message = "must not be blank") @Email(message = "must be an email address") String email,
                       @FormParam("age") @Min(value = 18, message = "must be 18 or more") Integer age) {
        return "saved " + email + " aged " + age;
    }
}
