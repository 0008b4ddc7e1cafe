package org.freshview.demo.forms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Year;

/**
 * A year of birth: from {@link #earliest()} to this year, and at least {@link #minimumAge()}
 * years ago. Not a built-in constraint because "this year" moves: {@code @Max} takes a constant.
 */
@Documented
@Constraint(validatedBy = BirthYear.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BirthYear {

    /** The message when the person is too young; a year outside the range has its own. */
    String message() default "{org.freshview.demo.forms.BirthYear.age}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int earliest() default 1900;

    int minimumAge() default 16;

    /** The checks; {@code null} (no year) is {@code @NotNull}'s concern. */
    class Check implements ConstraintValidator<BirthYear, Integer> {

        private BirthYear rule;

        @Override
        public void initialize(BirthYear rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            if (year == null) {
                return true;
            }
            int now = Year.now().getValue();
            if (year < rule.earliest() || year > now) {
                // Message parameters can only be the annotation's attributes; this year is a literal
                // after the bundle's text: "Enter a year between 1900 and 2026."
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{org.freshview.demo.forms.BirthYear.range} " + now + ".")
                        .addConstraintViolation();
                return false;
            }
            return year <= now - rule.minimumAge();
        }
    }
}
