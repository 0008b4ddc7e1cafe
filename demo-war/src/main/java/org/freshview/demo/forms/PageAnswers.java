package org.freshview.demo.forms;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The answers a user posted for one page, normalized and checked: what to store when they
 * are valid, and what to show again, with a message per field, when they are not.
 */
public record PageAnswers(Page page, Map<Field, String> answers, Map<String, String> errors) {

    public PageAnswers {
        Map<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(answers);
        answers = Collections.unmodifiableMap(copy);
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /**
     * Reads the page's fields from the posted parameters.
     *
     * <pre>{@code
     * PageAnswers posted = PageAnswers.read(Page.ABOUT_YOU, request::getParameter);
     * if (posted.isValid()) store.savePage(key, page, posted.answers());
     * }</pre>
     */
    public static PageAnswers read(Page page, UnaryOperator<String> parameters) {
        Map<Field, String> answers = new EnumMap<>(Field.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Field field : page.fields()) {
            String value = Field.normalize(field, parameters.apply(field.param()));
            answers.put(field, value);
            String problem = field.check(value);
            if (problem != null) {
                errors.put(field.param(), problem);
            }
        }
        return new PageAnswers(page, answers, errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** For the page: the messages by parameter name, {@code ${view.errors.email}}. */
    public Map<String, String> getErrors() {
        return errors;
    }

    /** For the page: what the user typed, by parameter name, so nothing is lost on an error. */
    public Map<String, String> getValues() {
        Map<String, String> values = new LinkedHashMap<>();
        answers.forEach((field, value) -> values.put(field.param(), value));
        return values;
    }
}
