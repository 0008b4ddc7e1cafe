package org.freshview.demo.forms;

import java.time.Year;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One question of the membership application: its form parameter, its column, and the rule
 * its answer must follow. The rule returns a message to show next to the field, or null.
 */
public enum Field {

    FULL_NAME("fullName", "full_name", 100, true) {
        @Override
        String problem(String value) {
            return value.length() < 2 ? "Enter your full name." : null;
        }
    },
    EMAIL("email", "email", 100, true) {
        @Override
        String problem(String value) {
            return EMAIL_SHAPE.matcher(value).matches() ? null : "Enter an e-mail address such as ada@example.org.";
        }
    },
    BIRTH_YEAR("birthYear", "birth_year", 4, true) {
        @Override
        String problem(String value) {
            if (!value.matches("[0-9]{4}")) {
                return "Enter the year as four digits, for example 1990.";
            }
            int year = Integer.parseInt(value);
            int now = Year.now().getValue();
            if (year < 1900 || year > now) {
                return "Enter a year between 1900 and " + now + ".";
            }
            return year > now - MINIMUM_AGE ? "Members must be at least " + MINIMUM_AGE + " years old." : null;
        }
    },
    STREET("street", "street", 100, true),
    POSTAL_CODE("postalCode", "postal_code", 12, true) {
        @Override
        String problem(String value) {
            return value.matches("[A-Za-z0-9 -]{3,12}") ? null : "Use 3 to 12 letters, digits, spaces or dashes.";
        }
    },
    CITY("city", "city", 60, true),
    COUNTRY("country", "country", 60, true),
    PLAN("plan", "plan", 16, true) {
        @Override
        String problem(String value) {
            return Plan.withId(value).isPresent() ? null : "Choose one of the plans.";
        }
    },
    COMMENTS("comments", "comments", 1000, false);

    static final int MINIMUM_AGE = 16;

    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String param;
    private final String column;
    private final int maxLength;
    private final boolean required;

    Field(String param, String column, int maxLength, boolean required) {
        this.param = param;
        this.column = column;
        this.maxLength = maxLength;
        this.required = required;
    }

    /** The name of the form parameter and of the property the pages read. */
    public String param() {
        return param;
    }

    String column() {
        return column;
    }

    /**
     * What is wrong with a trimmed answer, or null when it is acceptable.
     *
     * <pre>{@code
     * Field.EMAIL.check("ada")   // "Enter an e-mail address such as ada@example.org."
     * }</pre>
     */
    public String check(String value) {
        if (value.isEmpty()) {
            return required ? "This field is required." : null;
        }
        if (value.length() > maxLength) {
            return "Use at most " + maxLength + " characters.";
        }
        return problem(value);
    }

    /** The field's own rule, run on a non-empty answer of acceptable length. */
    String problem(String value) {
        return null;
    }

    /** The answer as stored: trimmed; a plan in lower case. */
    static String normalize(Field field, String raw) {
        String value = raw == null ? "" : raw.strip();
        return field == PLAN ? value.toLowerCase(Locale.ROOT) : value;
    }
}
