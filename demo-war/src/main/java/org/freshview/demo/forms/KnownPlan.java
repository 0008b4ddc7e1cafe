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

/** The id of one of the {@link Plan}s; no value is {@code @NotBlank}'s concern. */
@Documented
@Constraint(validatedBy = KnownPlan.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownPlan {

    String message() default "{demo.plan}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the id up in {@link Plan}, the one list of plans. */
    class Check implements ConstraintValidator<KnownPlan, String> {
        @Override
        public boolean isValid(String id, ConstraintValidatorContext context) {
            return id == null || id.isEmpty() || Plan.withId(id).isPresent();
        }
    }
}
