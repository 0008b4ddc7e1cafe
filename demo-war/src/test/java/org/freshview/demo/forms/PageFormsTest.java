package org.freshview.demo.forms;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages' constraints and their messages in English and German, as Freshview gets them from
 * Hibernate Validator: by field, in the request's language (the server tests show them in pages).
 */
class PageFormsTest {

    private static ValidatorFactory factory;

    @BeforeAll
    static void openFactory() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void closeFactory() {
        factory.close();
    }

    @Test
    void valid_answers_have_no_messages_and_are_stored_without_spaces_around() {
        AboutYouForm about = aboutYou(" Ada Lovelace ", "ada@example.org", 1990);

        assertEquals(Map.of(), messages(about, Locale.ENGLISH));
        assertEquals(Map.of("fullName", "Ada Lovelace", "email", "ada@example.org", "birthYear", "1990"), about.answers());
    }

    @Test
    void missing_answers_are_required_once_each_in_english_and_german() {
        AddressForm address = new AddressForm();
        address.street = "";
        address.postalCode = "";
        address.city = "  ";

        assertEquals(Map.of("street", "This field is required.", "postalCode", "This field is required.",
                "city", "This field is required.", "country", "This field is required."), messages(address, Locale.ENGLISH));
        assertEquals("Bitte f\u00fcllen Sie dieses Feld aus.", messages(address, Locale.GERMAN).get("postalCode"));
        assertEquals(Map.of("fullName", "This field is required.", "email", "This field is required.",
                "birthYear", "This field is required."), messages(new AboutYouForm(), Locale.ENGLISH));
    }

    @Test
    void an_email_address_needs_a_domain_with_a_dot() {
        assertEquals("Enter an e-mail address such as ada@example.org.",
                messages(aboutYou("Ada", "ada.example.org", 1990), Locale.ENGLISH).get("email"));
        assertEquals("Enter an e-mail address such as ada@example.org.",
                messages(aboutYou("Ada", "ada@localhost", 1990), Locale.ENGLISH).get("email"));
        assertEquals("Geben Sie eine E-Mail-Adresse wie ada@example.org an.",
                messages(aboutYou("Ada", "ada-at-example", 1990), Locale.GERMAN).get("email"));
    }

    @Test
    void a_birth_year_is_between_1900_and_this_year_and_at_least_16_years_ago() {
        int now = Year.now().getValue();

        assertEquals("Enter a year between 1900 and " + now + ".",
                messages(aboutYou("Ada", "ada@example.org", 1815), Locale.ENGLISH).get("birthYear"));
        assertEquals("Enter a year between 1900 and " + now + ".",
                messages(aboutYou("Ada", "ada@example.org", 3000), Locale.ENGLISH).get("birthYear"));
        assertEquals("M\u00f6glich sind die Jahre 1900 bis " + now + ".",
                messages(aboutYou("Ada", "ada@example.org", 3000), Locale.GERMAN).get("birthYear"));
        assertEquals("Members must be at least 16 years old.",
                messages(aboutYou("Ada", "ada@example.org", now - 15), Locale.ENGLISH).get("birthYear"));
        assertEquals("Mitglieder m\u00fcssen mindestens 16 Jahre alt sein.",
                messages(aboutYou("Ada", "ada@example.org", now - 15), Locale.GERMAN).get("birthYear"));
        assertEquals(Map.of(), messages(aboutYou("Ada", "ada@example.org", now - 16), Locale.ENGLISH));
        assertEquals(Map.of(), messages(aboutYou("Ada", "ada@example.org", 1900), Locale.ENGLISH));
    }

    @Test
    void a_postal_code_and_the_lengths_of_answers_are_limited() {
        AddressForm address = new AddressForm();
        address.street = "x".repeat(101);
        address.postalCode = "12<3>";
        address.city = "London";
        address.country = "UK";

        assertEquals(Map.of("street", "Use at most 100 characters.",
                "postalCode", "Use 3 to 12 letters, digits, spaces or dashes."), messages(address, Locale.ENGLISH));
        assertEquals("H\u00f6chstens 100 Zeichen.", messages(address, Locale.GERMAN).get("street"));
    }

    @Test
    void a_plan_is_one_of_the_plans_and_comments_are_optional() {
        PlanForm plan = new PlanForm();
        assertEquals(Map.of("plan", "Choose one of the plans."), messages(plan, Locale.ENGLISH));
        plan.plan = "";
        assertEquals(Map.of("plan", "Choose one of the plans."), messages(plan, Locale.ENGLISH), "one message, not two");
        plan.plan = "platinum";
        assertEquals(Map.of("plan", "W\u00e4hlen Sie einen der Tarife."), messages(plan, Locale.GERMAN));
        plan.plan = "student";
        assertEquals(Map.of(), messages(plan, Locale.ENGLISH));
        assertEquals(Map.of("plan", "student", "comments", ""), plan.answers());
    }

    private static AboutYouForm aboutYou(String name, String email, Integer year) {
        AboutYouForm about = new AboutYouForm();
        about.fullName = name;
        about.email = email;
        about.birthYear = year;
        return about;
    }

    /** The messages by field, as Freshview interpolates them: in one locale. One message per field here. */
    private static Map<String, String> messages(Object form, Locale locale) {
        Validator validator = factory.usingContext().messageInterpolator(new jakarta.validation.MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return factory.getMessageInterpolator().interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale other) {
                return factory.getMessageInterpolator().interpolate(template, context, other);
            }
        }).getValidator();
        Map<String, String> messages = new TreeMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            String previous = messages.put(violation.getPropertyPath().toString(), violation.getMessage());
            if (previous != null && !previous.equals(violation.getMessage())) {
                throw new AssertionError("two messages for " + violation.getPropertyPath() + ": " + previous
                        + " and " + violation.getMessage());
            }
        }
        return messages;
    }
}
