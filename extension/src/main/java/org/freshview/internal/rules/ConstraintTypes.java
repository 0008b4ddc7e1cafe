package org.freshview.internal.rules;

import java.util.Map;
import java.util.Set;

/**
 * Which bound types each built-in Bean Validation constraint applies to. Only plain mismatches
 * are reported (an {@code @Email} on an {@code int}): what a provider accepts beyond the
 * specification ({@code @Min} on text in Hibernate Validator) is accepted, and constraints of
 * the application's own are not checked.
 */
final class ConstraintTypes {

    private static final String PACKAGE = "jakarta.validation.constraints.";

    /** What a constraint applies to. */
    private enum Kind {
        TEXT("text (String, CharSequence)"),
        TEXT_OR_LIST("text or a List"),
        NUMBER("numbers and text"),
        BOOLEAN("boolean and Boolean"),
        TEMPORAL("java.time dates and times");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("NotBlank", Kind.TEXT), Map.entry("Email", Kind.TEXT), Map.entry("Pattern", Kind.TEXT),
            Map.entry("NotEmpty", Kind.TEXT_OR_LIST), Map.entry("Size", Kind.TEXT_OR_LIST),
            Map.entry("Min", Kind.NUMBER), Map.entry("Max", Kind.NUMBER), Map.entry("DecimalMin", Kind.NUMBER),
            Map.entry("DecimalMax", Kind.NUMBER), Map.entry("Digits", Kind.NUMBER), Map.entry("Positive", Kind.NUMBER),
            Map.entry("PositiveOrZero", Kind.NUMBER), Map.entry("Negative", Kind.NUMBER),
            Map.entry("NegativeOrZero", Kind.NUMBER),
            Map.entry("AssertTrue", Kind.BOOLEAN), Map.entry("AssertFalse", Kind.BOOLEAN),
            Map.entry("Past", Kind.TEMPORAL), Map.entry("PastOrPresent", Kind.TEMPORAL),
            Map.entry("Future", Kind.TEMPORAL), Map.entry("FutureOrPresent", Kind.TEMPORAL));

    private static final Set<String> TEXT = Set.of("java.lang.String", "java.lang.CharSequence");
    private static final Set<String> NUMBERS = Set.of("byte", "short", "int", "long", "float", "double",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger");
    private static final Set<String> BOOLEANS = Set.of("boolean", "java.lang.Boolean");

    private ConstraintTypes() {
    }

    /**
     * What the constraint applies to if it cannot validate the type, else {@code null}.
     *
     * @param constraint the annotation's qualified name
     */
    static String mismatch(String constraint, TypeFacts type) {
        if (!constraint.startsWith(PACKAGE)) {
            return null;
        }
        Kind kind = KINDS.get(constraint.substring(PACKAGE.length()));
        if (kind == null || type.element() == null) {
            return null;
        }
        String element = type.element().name();
        boolean fits = switch (type.shape()) {
            case LIST -> kind == Kind.TEXT_OR_LIST;
            case SINGLE, OPTIONAL -> switch (kind) {
                case TEXT, TEXT_OR_LIST -> TEXT.contains(element);
                case NUMBER -> NUMBERS.contains(element) || TEXT.contains(element);
                case BOOLEAN -> BOOLEANS.contains(element);
                case TEMPORAL -> element.startsWith("java.time.") || element.equals("java.util.Date");
            };
        };
        return fits ? null : kind.label;
    }

    /** The annotation's simple name, as written in code. */
    static String simpleName(String constraint) {
        return constraint.substring(constraint.lastIndexOf('.') + 1);
    }
}
