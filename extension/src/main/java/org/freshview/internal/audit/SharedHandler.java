package org.freshview.internal.audit;

/**
 * A class of which one instance serves many requests at once.
 *
 * @param className the binary class name
 * @param classes   where its class file and its superclasses' are read (the application's class loader
 *                  at deployment, the archive for the command-line audit)
 * @param role      why it is shared, completing "the class is ...", for example
 *                  {@code "an @ApplicationScoped Jakarta REST resource (one instance for all requests)"}
 */
public record SharedHandler(String className, ClassSource classes, String role) {

    /** A class the container booted: its class file is read through the application's class loader. */
    public SharedHandler(String className, ClassLoader loader, String role) {
        this(className, ClassSource.of(loader), role);
    }
}
