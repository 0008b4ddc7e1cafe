package org.freshview.demo.forms;

import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageAnswersTest {

    @Test
    void valid_answers_are_trimmed_and_have_no_errors() {
        Map<String, String> posted = Map.of("fullName", "  Ada Lovelace ", "email", "ada@example.org",
                "birthYear", "1990");

        PageAnswers answers = PageAnswers.read(Page.ABOUT_YOU, posted::get);

        assertTrue(answers.isValid());
        assertEquals("Ada Lovelace", answers.answers().get(Field.FULL_NAME));
    }

    @Test
    void each_invalid_answer_gets_its_message_and_the_input_is_kept() {
        Map<String, String> posted = Map.of("fullName", "", "email", "ada", "birthYear", "19x0");

        PageAnswers answers = PageAnswers.read(Page.ABOUT_YOU, posted::get);

        assertEquals(Map.of("fullName", "This field is required.",
                "email", "Enter an e-mail address such as ada@example.org.",
                "birthYear", "Enter the year as four digits, for example 1990."), answers.getErrors());
        assertEquals("ada", answers.getValues().get("email"));
        assertEquals("19x0", answers.getValues().get("birthYear"));
    }

    @Test
    void a_missing_parameter_counts_as_empty() {
        PageAnswers answers = PageAnswers.read(Page.MEMBERSHIP, name -> null);

        assertEquals(Map.of("plan", "This field is required."),
                answers.getErrors());
        assertEquals("", answers.getValues().get("comments"));
    }

    @Test
    void members_must_be_old_enough_and_born_after_1900() {
        int tooYoung = Year.now().getValue() - 10;
        assertEquals("Members must be at least 16 years old.", Field.BIRTH_YEAR.check(String.valueOf(tooYoung)));
        assertEquals("Enter a year between 1900 and " + Year.now().getValue() + ".", Field.BIRTH_YEAR.check("1850"));
    }

    @Test
    void an_answer_longer_than_its_column_is_refused() {
        assertEquals("Use at most 60 characters.", Field.CITY.check("x".repeat(61)));
    }

    @Test
    void the_plan_must_be_one_of_the_offered_ones() {
        assertEquals("Choose one of the plans.", Field.PLAN.check("platinum"));
        assertEquals(null, Field.PLAN.check("student"));
    }
}
