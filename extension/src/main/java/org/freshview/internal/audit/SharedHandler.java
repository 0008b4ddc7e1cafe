package org.freshview.internal.audit;

/**
 * A class of which one instance serves many requests at once, found while the container booted.
 *
 * @param className the binary class name
 * @param loader    the class loader that sees the class file (the application's)
 * @param role      why it is shared, completing "the class is ...", for example
 *                  {@code "an @ApplicationScoped Jakarta REST resource (one instance for all requests)"}
 */
public record SharedHandler(String className, ClassLoader loader, String role) {
}
