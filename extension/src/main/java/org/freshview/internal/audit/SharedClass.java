package org.freshview.internal.audit;

import java.util.Set;

/**
 * A shared class: one instance of it serves many requests at once (a servlet, a singleton resource,
 * an application-scoped bean, ...), so its fields are every request's. Not a "handler": that word is
 * for a view's methods.
 *
 * @param className the binary class name
 * @param classes   where its class file and its superclasses' are read (the application's class loader
 *                  at deployment, the archive for the command-line audit)
 * @param role      why it is shared, completing "the class is ...", for example
 *                  {@code "an @ApplicationScoped Jakarta REST resource (one instance for all requests)"}
 * @param configuredBy the methods a framework calls to configure the instance before requests, not
 *                  request work: names, or {@link #SETTERS} for every {@code setX(value)} (Spring's
 *                  setter injection)
 */
public record SharedClass(String className, ClassSource classes, String role, Set<String> configuredBy) {

    /** In {@link #configuredBy}: every setter configures (a Spring bean), unless the class is a Struts 2 action. */
    public static final String SETTERS = "set*";

    /** Copies {@code configuredBy}, so that the record stays immutable. */
    public SharedClass {
        configuredBy = Set.copyOf(configuredBy);
    }

    /** A class whose class files {@code classes} gives, configured by nothing but its initialisers. */
    public SharedClass(String className, ClassSource classes, String role) {
        this(className, classes, role, Set.of());
    }

    /** A class the container booted: its class file is read through the application's class loader. */
    public SharedClass(String className, ClassLoader loader, String role) {
        this(className, ClassSource.of(loader), role);
    }
}
