package org.freshview.internal.audit;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Jakarta EE names in both namespaces: {@code jakarta.*}, and the {@code javax.*} of Java EE 8 and
 * before, which most code already in production still uses; and the tests of a loaded class against
 * such names that the deployment front ends ask ({@link #annotatedWithAny}, {@link #extendsAny}), by
 * name, so that a WAR without an optional API (Jakarta REST) does not fail the boot on a missing class.
 */
public final class EeNames {

    private EeNames() {
    }

    /**
     * {@code "ws.rs.Path"} gives {@code jakarta.ws.rs.Path} and {@code javax.ws.rs.Path}.
     *
     * @param eeNames names without their namespace
     * @return each name in both namespaces
     */
    public static Set<String> classNames(String... eeNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : eeNames) {
            names.add("jakarta." + name);
            names.add("javax." + name);
        }
        return Set.copyOf(names);
    }

    /**
     * The type descriptors of {@link #classNames}: {@code Ljakarta/ws/rs/Path;} and {@code Ljavax/ws/rs/Path;}.
     *
     * @param eeNames names without their namespace
     * @return each name's descriptor in both namespaces
     */
    public static Set<String> descriptors(String... eeNames) {
        Set<String> descriptors = new LinkedHashSet<>();
        for (String name : classNames(eeNames)) {
            descriptors.add("L" + name.replace('.', '/') + ";");
        }
        return Set.copyOf(descriptors);
    }

    /** A method signature in both namespaces: {@code %s} in {@code signature} becomes {@code jakarta} and {@code javax}. */
    static Set<String> signatures(String... signatures) {
        Set<String> both = new LinkedHashSet<>();
        for (String signature : signatures) {
            both.add(signature.replace("%s", "jakarta"));
            both.add(signature.replace("%s", "javax"));
        }
        return Set.copyOf(both);
    }

    /**
     * Whether one of {@code annotations} is of a type named in {@code classNames}.
     *
     * @param annotations the annotations of a class or member
     * @param classNames  fully qualified annotation type names
     * @return whether one of them is named
     */
    public static boolean annotatedWithAny(Iterable<? extends Annotation> annotations, Set<String> classNames) {
        for (Annotation annotation : annotations) {
            if (classNames.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a superclass of {@code type} (not an interface) is named in {@code classNames}.
     *
     * @param type       a loaded class
     * @param classNames fully qualified class names
     * @return whether one of its superclasses is named
     */
    public static boolean extendsAny(Class<?> type, Set<String> classNames) {
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (classNames.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
