package org.freshview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Stereotype;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a view: a request-scoped bean bound to a URL template.
 *
 * <pre>{@code
 * @View("/hello")
 * public class HelloView {
 *     @GET
 *     public String hello() {
 *         return "Hello";
 *     }
 * }
 * }</pre>
 *
 * <p>Every request that matches the template gets its own instance, so a view may keep
 * request data in its fields. {@code @View} is a stereotype that carries
 * {@link RequestScoped}: the class needs no scope annotation, and declaring any other
 * scope is a deployment error.
 */
@Stereotype
@RequestScoped
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface View {

    /**
     * The URL template(s), relative to the web application, each starting with {@code /}:
     * {@code @View("/forms/{key}")}, or several for an optional tail:
     * {@code @View({"/forms/{key}", "/forms/{key}/{page}"})}. See docs/views-and-routing.md for the syntax.
     *
     * @return the templates
     */
    String[] value();

    /**
     * A name for reverse routing ({@link Routes#uri(String, Object...)}).
     *
     * @return the name; empty means unnamed
     */
    String name() default "";
}
