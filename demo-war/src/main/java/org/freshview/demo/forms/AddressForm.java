package org.freshview.demo.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

import java.util.LinkedHashMap;
import java.util.Map;

/** Page 2, the address. */
public class AddressForm implements PageForm {

    @FormParam("street")
    @NotBlank
    @Size(max = 100, message = "{demo.size}")
    String street;

    @FormParam("postalCode")
    @NotBlank
    @Pattern(regexp = "([A-Za-z0-9 -]{3,12})?", message = "{demo.postalCode}") // empty: @NotBlank's message only
    String postalCode;

    @FormParam("city")
    @NotBlank
    @Size(max = 60, message = "{demo.size}")
    String city;

    @FormParam("country")
    @NotBlank
    @Size(max = 60, message = "{demo.size}")
    String country;

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("street", PageForm.stored(street));
        answers.put("postalCode", PageForm.stored(postalCode));
        answers.put("city", PageForm.stored(city));
        answers.put("country", PageForm.stored(country));
        return answers;
    }
}
