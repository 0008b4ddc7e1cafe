package org.freshview.demo.forms;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Page 1, about you. A year of birth that is not a number ({@code 19x0}) never reaches
 * {@link BirthYear}: Freshview reports it as a conversion error of the field and keeps the text.
 */
public class AboutYouForm implements PageForm {

    @FormParam("fullName")
    @NotBlank
    @Size(max = 100, message = "{demo.size}")
    String fullName;

    @FormParam("email")
    @NotBlank
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{demo.email}")
    @Size(max = 100, message = "{demo.size}")
    String email;

    @FormParam("birthYear")
    @NotNull
    @BirthYear
    Integer birthYear;

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("fullName", PageForm.stored(fullName));
        answers.put("email", PageForm.stored(email));
        answers.put("birthYear", PageForm.stored(birthYear));
        return answers;
    }
}
