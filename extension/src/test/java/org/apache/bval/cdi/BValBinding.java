package org.apache.bval.cdi;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stand-in for Apache BVal's method-validation interceptor binding, under its name, which is
 * all Freshview recognises it by: {@code ObserverOrderTest} adds it to a view as BVal's extension
 * does and checks that Freshview takes it off again.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface BValBinding {
}
