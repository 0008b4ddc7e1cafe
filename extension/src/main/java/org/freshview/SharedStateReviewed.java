package org.freshview;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Acknowledges shared state that Freshview's audit would report (FV-4xx): a field of a shared
 * request handler that requests write on purpose, or a whole class whose sharing was reviewed.
 *
 * <pre>{@code
 * @Path("/stats")
 * @ApplicationScoped
 * public class StatsResource {
 *
 *     @SharedStateReviewed(reason = "approximate hit counter, lost updates are acceptable")
 *     private long hits;
 *
 *     @GET
 *     public long hit() {
 *         return ++hits;
 *     }
 * }
 * }</pre>
 *
 * <p>The reason is for the next reader; Freshview only checks that it is there.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface SharedStateReviewed {

    /**
     * Why sharing this state between concurrent requests is correct.
     *
     * @return the reason, for the next reader
     */
    String reason();
}
