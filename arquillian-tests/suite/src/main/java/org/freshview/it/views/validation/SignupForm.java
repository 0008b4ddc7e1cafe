package org.freshview.it.views.validation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

/** A form object bound with {@code @BeanParam}; its messages come from the WAR's ValidationMessages bundles. */
public class SignupForm {

    @FormParam("email")
    @NotBlank(message = "{signup.email.required}")
    @Email(message = "{signup.email.invalid}")
    String email;

    @FormParam("age")
    @Min(value = 18, message = "{signup.age.min}")
    int age;

    @FormParam("name")
    @Size(max = 20, message = "{signup.name.size}")
    String name;

    public String getEmail() {
        return email;
    }

    public int getAge() {
        return age;
    }
}
