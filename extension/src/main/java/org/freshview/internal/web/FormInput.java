package org.freshview.internal.web;

import org.freshview.Form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one request's input and its errors, per field name, into a {@link Form}: what the
 * user typed (bounded) and the messages of conversions and constraints (bounded in length and
 * number, since a message may quote the input).
 */
final class FormInput {

    static final int MAX_VALUE = 10_000;
    static final int MAX_MESSAGE = 300;
    static final int MAX_MESSAGES = 100;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final java.util.Set<String> unconverted = new java.util.HashSet<>();
    private int messages;

    /** Keeps the first text sent for a field. */
    void value(String field, String text) {
        if (text != null) {
            values.putIfAbsent(field, text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text);
        }
    }

    void error(String field, String message) {
        if (messages >= MAX_MESSAGES) {
            return;
        }
        List<String> list = errors.computeIfAbsent(field, f -> new ArrayList<>(1));
        String bounded = QuotedText.forResponse(message, MAX_MESSAGE);
        if (!list.contains(bounded)) {
            list.add(bounded);
            messages++;
        }
    }

    /** A value that did not convert: the field's only error, its constraints are not checked. */
    void conversionError(String field, String message) {
        unconverted.add(field);
        error(field, message);
    }

    boolean hasConversionError(String field) {
        return unconverted.contains(field);
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    /**
     * The form: errors in the order the fields were bound, then those of fields without a value
     * by name (violations come in no particular order), each field's messages sorted.
     */
    Form form() {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String field : values.keySet()) {
            List<String> list = errors.get(field);
            if (list != null) {
                ordered.put(field, sorted(list));
            }
        }
        errors.keySet().stream().filter(field -> !ordered.containsKey(field)).sorted()
                .forEach(field -> ordered.put(field, sorted(errors.get(field))));
        return Form.of(values, ordered);
    }

    /** The 400 body: one line per message. */
    String text() {
        StringBuilder out = new StringBuilder("Bad Request: the input is not valid.");
        for (String line : form().getMessages()) {
            out.append('\n').append(line);
        }
        return out.toString();
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }
}
