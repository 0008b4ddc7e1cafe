package org.freshview.internal.audit;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Jakarta EE names in both namespaces: {@code jakarta.*}, and the {@code javax.*} of Java EE 8 and
 * before, which most code already in production still uses.
 */
final class EeNames {

    private EeNames() {
    }

    /** {@code "ws.rs.Path"} gives {@code jakarta.ws.rs.Path} and {@code javax.ws.rs.Path}. */
    public static Set<String> classNames(String... eeNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : eeNames) {
            names.add("jakarta." + name);
            names.add("javax." + name);
        }
        return Set.copyOf(names);
    }

    /** The type descriptors of {@link #classNames}: {@code Ljakarta/ws/rs/Path;} and {@code Ljavax/ws/rs/Path;}. */
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
}
