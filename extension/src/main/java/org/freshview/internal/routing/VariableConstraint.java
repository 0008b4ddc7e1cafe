package org.freshview.internal.routing;

import org.freshview.internal.binding.ValueType;

import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What values a template variable accepts, from its explicit regex or its bound Java type.
 * Routes whose variables have equal constraints share a tree node; a constrained variable is
 * tried before an unconstrained one at the same position.
 */
sealed interface VariableConstraint {

    /** Whether {@code text[from, to)} is an accepted value. */
    boolean test(String text, int from, int to);

    /** Equal keys mean the same set of values; the key also orders siblings deterministically. */
    String key();

    /** Lower ranks are tried first among the constrained siblings of one node. */
    int rank();

    /** What a value should look like, for messages. */
    String describe();

    /**
     * Whether a value with a control character ({@code %00}, {@code %0A}) may reach the view:
     * only when the template's regex names control characters itself.
     */
    default boolean allowsControl() {
        return false;
    }

    /**
     * The constraint of a variable: its regex if it has one, else the one implied by its type
     * ({@code int}, {@code long}, {@code short}, {@code byte} and their boxes, {@link UUID},
     * enums); {@code null} means any non-empty segment.
     */
    static VariableConstraint of(TemplateSegment.Variable variable, Class<?> type) {
        return of(variable, type == null ? null : ValueType.of(type));
    }

    /** {@link #of(TemplateSegment.Variable, Class)} from the facts of a type, which need not be loaded. */
    static VariableConstraint of(TemplateSegment.Variable variable, ValueType type) {
        if (variable.pattern() != null) {
            return new Regex(variable.pattern());
        }
        if (type == null) {
            return null;
        }
        return switch (type.name()) {
            case "int", "java.lang.Integer" -> new Integral("int", Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "long", "java.lang.Long" -> new Integral("long", Long.MIN_VALUE, Long.MAX_VALUE);
            case "short", "java.lang.Short" -> new Integral("short", Short.MIN_VALUE, Short.MAX_VALUE);
            case "byte", "java.lang.Byte" -> new Integral("byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
            case "java.util.UUID" -> new UuidShape();
            default -> type.isEnum()
                    ? new EnumConstants(type.name(), type.enumConstants().toArray(new String[0])) : null;
        };
    }

    /** A decimal integer with an optional sign, within {@code [min, max]}. */
    record Integral(String type, long min, long max) implements VariableConstraint {

        @Override
        public boolean test(String text, int from, int to) {
            int i = from;
            boolean negative = false;
            if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                negative = text.charAt(i) == '-';
                i++;
            }
            if (i == to) {
                return false;
            }
            long value = 0;
            for (; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                // accumulate negatively: Long.MIN_VALUE has no positive counterpart
                int digit = c - '0';
                if (value < Long.MIN_VALUE / 10 || value * 10 < Long.MIN_VALUE + digit) {
                    return false;
                }
                value = value * 10 - digit;
            }
            if (negative) {
                return value >= min;
            }
            return value != Long.MIN_VALUE && -value <= max;
        }

        @Override
        public String key() {
            return "type:" + type;
        }

        @Override
        public int rank() {
            return 2;
        }

        @Override
        public String describe() {
            return "an integer (" + type + ")";
        }
    }

    /** The canonical 8-4-4-4-12 hex form of a UUID. */
    record UuidShape() implements VariableConstraint {

        @Override
        public boolean test(String text, int from, int to) {
            if (to - from != 36) {
                return false;
            }
            for (int i = 0; i < 36; i++) {
                char c = text.charAt(from + i);
                boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
                if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String key() {
            return "type:java.util.UUID";
        }

        @Override
        public int rank() {
            return 1;
        }

        @Override
        public String describe() {
            return "a UUID";
        }
    }

    /** One of the constant names of an enum, exactly. */
    record EnumConstants(String type, String[] names) implements VariableConstraint {

        @Override
        public boolean test(String text, int from, int to) {
            for (String name : names) {
                if (name.length() == to - from && text.regionMatches(from, name, 0, name.length())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String key() {
            return "enum:" + type;
        }

        @Override
        public int rank() {
            return 0;
        }

        @Override
        public String describe() {
            return "one of " + Arrays.toString(names);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof EnumConstants that && type.equals(that.type);
        }

        @Override
        public int hashCode() {
            return type.hashCode();
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /**
     * An explicit {@code {name: regex}}, matched against the whole decoded segment. A match that
     * cannot complete is refused with 400 ({@link UnmatchablePathException}) rather than left to
     * become the container's error page or to hold a thread: a regex that recurses per repetition
     * (see {@link RegexShape}) overflows the stack on a long segment, and one that backtracks
     * without end runs out of its {@link BoundedText} budget.
     */
    record Regex(Pattern pattern) implements VariableConstraint {

        @Override
        public boolean test(String text, int from, int to) {
            try {
                return pattern.matcher(new BoundedText(text, from, to)).region(from, to).matches();
            } catch (StackOverflowError e) {
                throw new UnmatchablePathException();
            }
        }

        @Override
        public String key() {
            return "regex:" + pattern.pattern();
        }

        @Override
        public int rank() {
            return 3;
        }

        @Override
        public String describe() {
            return "a match of the regex " + pattern.pattern();
        }

        /**
         * A regex names control characters with an escape for one ({@code \x00}-{@code \x1F},
         * {@code \x7F}, {@code \u0000}-{@code \u001F}, {@code \u007F}, {@code \0}, {@code \cX},
         * {@code \t \n \r \f \e \a}) or a class of them ({@code \p{Cntrl}}, {@code \p{Cc}});
         * {@code .} does not count: {@code .*} is a catch-all, not a decision to accept NUL.
         */
        @Override
        public boolean allowsControl() {
            return CONTROL_ESCAPE.matcher(pattern.pattern()).find();
        }

        private static final Pattern CONTROL_ESCAPE = Pattern.compile(
                "(?<!\\\\)(?:\\\\\\\\)*\\\\(?:x[01][0-9A-Fa-f]|x7[Ff]|u00[01][0-9A-Fa-f]|u007[Ff]|0[0-7]|c[@-_a-z?]"
                        + "|[tnrfea]|p\\{(?:Cntrl|Cc|IsControl|javaISOControl)\\})|[\\x00-\\x1F\\x7F]");

        @Override
        public boolean equals(Object other) {
            return other instanceof Regex that && pattern.pattern().equals(that.pattern.pattern());
        }

        @Override
        public int hashCode() {
            return pattern.pattern().hashCode();
        }
    }
}
