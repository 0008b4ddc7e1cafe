package org.freshview.internal.cdi;

/**
 * When the extension's observers run among other portable extensions' observers of the same
 * event, and why. CDI calls the observers of one event in ascending {@code @Priority} (CDI 4.0,
 * 10.5.2); an observer without one runs at {@code Interceptor.Priority.APPLICATION + 500} (2500),
 * which is where RESTEasy's {@code ResteasyCdiExtension}, Hibernate Validator's and Apache BVal's
 * extensions observe. The numbers are written out because the interceptor API is not a
 * dependency. {@code ObserverOrderTest} boots Freshview beside extensions that change a view at
 * priorities in between and fails if any of these moves.
 *
 * <p>For a view's {@code ProcessInjectionTarget}, a pair sharing {@link ContainerInjectionTargets}:
 * {@link #FIRST} keeps the container's injection target, {@link #LAST} puts it back. RESTEasy
 * takes any class with a {@code @GET} method for a resource and wraps its injection target to
 * inject {@code @QueryParam} fields itself, which fails outside a Jakarta REST request; Freshview
 * binds those fields.
 *
 * <p>For a view's {@code ProcessAnnotatedType}: {@link #AFTER_OTHER_EXTENSIONS} checks the
 * view's shape and declared scope on the type as other extensions left it (RESTEasy sets a
 * default scope on a resource type, another extension may add one), and {@link #LAST} takes off
 * the method-validation interceptor binding the Bean Validation provider's extension added at the
 * default priority. Between these two the order does not matter: the check reads the class, its
 * scopes and stereotypes, never an interceptor binding.
 */
final class ObserverOrder {

    /** {@code Interceptor.Priority.PLATFORM_BEFORE}: before every other extension. */
    static final int FIRST = 0;

    /** After every extension at the default priority and up to {@code PLATFORM_AFTER} (4000), before {@link #LAST}. */
    static final int AFTER_OTHER_EXTENSIONS = 4900;

    /** {@code Interceptor.Priority.PLATFORM_AFTER + 1000}: after every other extension. */
    static final int LAST = 5000;

    private ObserverOrder() {
    }
}
