package org.freshview.internal.audit;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the audit reads class files from: the application's class loader at deployment, or the
 * classes of a WAR, EAR, jar or directory for the command-line audit.
 */
@FunctionalInterface
public interface ClassSource {

    /** The class file of an internal name ({@code com/example/Resource}); {@code null} when there is none. */
    byte[] classFile(String internalName) throws IOException;

    /** The class files a class loader sees ({@code null}: the system class loader). */
    static ClassSource of(ClassLoader loader) {
        return internalName -> {
            try (InputStream in = loader == null
                    ? ClassLoader.getSystemResourceAsStream(internalName + ".class")
                    : loader.getResourceAsStream(internalName + ".class")) {
                return in == null ? null : in.readAllBytes();
            }
        };
    }
}
