package org.freshview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the user sent and what was wrong with it, per field: the outcome of binding and Bean
 * Validation for one request. It is in request scope as {@code form} for the page a view
 * renders (also before any input, then empty), and a handler that declares a parameter of this
 * type runs even when the input is invalid, to show the page again:
 *
 * <pre>{@code
 * @POST
 * public Result save(@FormParam("email") @NotBlank @Email String email,
 *                    @FormParam("age") @Min(18) int age, Form form) {
 *     if (!form.isValid()) {
 *         return Result.render("/WEB-INF/signup.jsp"); // ${form.values.age}, ${form.errors.age}
 *     }
 *     ...
 * }
 * }</pre>
 *
 * <p>Without such a parameter, invalid input is answered with {@code 400} and one line per
 * field message, and the handler does not run. Fields are keyed by the name the request used
 * ({@code @FormParam("email")} is {@code email}); a value that does not convert (a letter in an
 * {@code int}) is an error of its field like a violated constraint, and its text is kept in
 * {@link #getValues()} for the page to show it again.
 */
public final class Form {

    /** The request attribute that holds this request's form: {@value}. */
    public static final String ATTRIBUTE = "form";

    private static final Form EMPTY = new Form(Map.of(), Map.of());

    private final Map<String, String> values;
    private final Map<String, List<String>> errors;

    private Form(Map<String, String> values, Map<String, List<String>> errors) {
        this.values = values;
        this.errors = errors;
    }

    /**
     * A form with these values and messages, as Freshview makes it for a request; for unit tests of views.
     *
     * @param values the text sent per field
     * @param errors the messages per field, in order
     * @return an unmodifiable form
     */
    public static Form of(Map<String, String> values, Map<String, List<String>> errors) {
        Map<String, List<String>> copied = new LinkedHashMap<>();
        errors.forEach((field, messages) -> {
            if (!messages.isEmpty()) {
                copied.put(Objects.requireNonNull(field), List.copyOf(messages));
            }
        });
        return values.isEmpty() && copied.isEmpty() ? EMPTY
                : new Form(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)),
                java.util.Collections.unmodifiableMap(copied));
    }

    /**
     * A form with no input and no error, as on a page rendered by a {@code GET}.
     *
     * @return the empty form
     */
    public static Form empty() {
        return EMPTY;
    }

    /**
     * Whether no field has an error.
     *
     * @return {@code true} when the input converted and passed every constraint; {@code ${form.valid}}
     */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * The messages per field, in the order found; a field without error is absent.
     *
     * @return {@code ${form.errors['email']}} is the list of the field's messages
     */
    public Map<String, List<String>> getErrors() {
        return errors;
    }

    /**
     * The text the user sent per bound field, before conversion, also for a value that did not convert.
     *
     * @return {@code ${form.values['age']}}, to put back into the input (escaped)
     */
    public Map<String, String> getValues() {
        return values;
    }

    /**
     * Every message, each as {@code field: message}, in order: the plain list a {@code 400} shows.
     *
     * @return the lines
     */
    public List<String> getMessages() {
        List<String> lines = new ArrayList<>();
        errors.forEach((field, messages) -> messages.forEach(m -> lines.add(field.isEmpty() ? m : field + ": " + m)));
        return lines;
    }

    /**
     * The messages of one field.
     *
     * @param field the request's name for it
     * @return its messages, empty if none
     */
    public List<String> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    /**
     * The text sent for one field.
     *
     * @param field the request's name for it
     * @return the text, or {@code null} if none was sent
     */
    public String value(String field) {
        return values.get(field);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Form form && values.equals(form.values) && errors.equals(form.errors);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + errors.hashCode();
    }

    @Override
    public String toString() {
        return "Form" + errors;
    }
}
