package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.BeanManager;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * Bean Validation as the application has it, found once at deployment and only when a view has
 * constraints: Freshview runs without the {@code jakarta.validation} API, so every class that
 * names it is loaded through here, by name, once the API is known to be present.
 */
interface ValidationSupport {

    /**
     * The handler's validation plan, from the constraints Freshview found on what it binds.
     *
     * @param view           validate the view instance (a bound field has constraints)
     * @param parameters     validate the handler's parameters (one has constraints)
     * @param viewFields     the request name of each bound view field, by field name
     * @param parameterNames the request name of each bound parameter, {@code null} for others
     * @param beanFields     for a {@code @BeanParam} parameter, the request name of each field; else {@code null}
     * @param beans          the positions of the {@code @BeanParam} parameters with constraints
     */
    Constraints plan(Method handler, boolean view, boolean parameters, Map<String, String> viewFields,
                     String[] parameterNames, Map<String, String>[] beanFields, int[] beans);

    /**
     * The application's validator.
     *
     * @return the support, or a failure whose message says why there is none
     */
    static ValidationSupport find(BeanManager beanManager, ClassLoader application) throws Unavailable {
        try {
            Class.forName("jakarta.validation.Validation", false, application);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new Unavailable("the jakarta.validation API is not on the class path");
        }
        try {
            Class<?> type = Class.forName(ValidationSupport.class.getPackageName() + ".BeanValidationSupport",
                    true, ValidationSupport.class.getClassLoader());
            return (ValidationSupport) type.getDeclaredMethod("create", BeanManager.class).invoke(null, beanManager);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause(); // the root: a proxy's UndeclaredThrowableException says nothing
            }
            throw new Unavailable(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new Unavailable(e.toString());
        }
    }

    /** Why the application has no Bean Validation. */
    final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
