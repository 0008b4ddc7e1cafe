package org.freshview.it.views.validation;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.freshview.CsrfExempt;
import org.freshview.Form;
import org.freshview.Result;
import org.freshview.View;

/** A form page: shown again with the input and messages when invalid, through the tags and EL. */
@View("/signup")
@CsrfExempt
public class SignupView {

    @GET
    public Result show() {
        return Result.render("/WEB-INF/signup.jsp");
    }

    @POST
    public Result save(@BeanParam SignupForm signup, Form form) {
        if (!form.isValid()) {
            return Result.render("/WEB-INF/signup.jsp");
        }
        return Result.text("saved " + signup.getEmail() + " aged " + signup.getAge());
    }
}
