package org.freshview;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns off CSRF protection for a view or one of its handler methods, for example an
 * endpoint called by another server with its own authentication.
 *
 * <pre>{@code
 * @View("/webhooks/payment")
 * public class PaymentWebhook {
 *     @POST
 *     @CsrfExempt // called by the payment provider, which signs its requests
 *     public Result receive(@HeaderParam("X-Signature") String signature) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CsrfExempt {
}
