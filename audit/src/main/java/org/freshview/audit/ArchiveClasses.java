package org.freshview.audit;

import org.freshview.internal.audit.ClassSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The class files of a WAR, EAR, jar or directory of classes, nested archives included, read once
 * into memory. The application's own classes ({@code WEB-INF/classes}, {@code BOOT-INF/classes}, an
 * EAR's modules, a plain jar's or directory's classes) are told apart from its libraries
 * ({@code WEB-INF/lib}, {@code BOOT-INF/lib}, an EAR's {@code lib}); both are read, so that
 * superclasses from libraries are seen.
 */
final class ArchiveClasses implements ClassSource {

    private final Map<String, byte[]> files = new HashMap<>();
    private final List<String> own = new ArrayList<>();
    private final List<String> libraries = new ArrayList<>();
    private final Map<String, byte[]> xmlFiles = new java.util.LinkedHashMap<>();

    private ArchiveClasses() {
    }

    /** Reads {@code path}: a directory, or a zip file (.war, .ear, .jar). */
    static ArchiveClasses read(Path path) throws IOException {
        ArchiveClasses classes = new ArchiveClasses();
        if (Files.isDirectory(path)) {
            classes.readDirectory(path);
        } else {
            try (ZipFile zip = new ZipFile(path.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.isDirectory()) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            classes.add(entry.getName(), in, true);
                        }
                    }
                }
            }
        }
        return classes;
    }

    @Override
    public byte[] classFile(String internalName) {
        return files.get(internalName);
    }

    /** Internal names of the application's own classes, in the order read. */
    List<String> own() {
        return own;
    }

    /** Internal names of the library classes. */
    List<String> libraries() {
        return libraries;
    }

    /** The application's own XML files (not its libraries'), by entry name, for the Spring bean definitions. */
    Map<String, byte[]> xmlFiles() {
        return xmlFiles;
    }

    /** How many class files were read. */
    int size() {
        return files.size();
    }

    private void readDirectory(Path root) throws IOException {
        List<Path> regular;
        try (Stream<Path> walk = Files.walk(root)) {
            regular = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : regular) {
            String name = root.relativize(file).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
                add(name, in, true);
            }
        }
    }

    /** One entry of an archive or directory: a class file, a nested archive, or something else (skipped). */
    private void add(String name, InputStream in, boolean ownSide) throws IOException {
        if (name.endsWith(".class")) {
            String internalName = classPath(name);
            if (internalName != null && !files.containsKey(internalName)) {
                files.put(internalName, in.readAllBytes());
                (ownSide ? own : libraries).add(internalName);
            }
        } else if (name.endsWith(".xml") && ownSide) {
            xmlFiles.putIfAbsent(name, in.readAllBytes());
        } else if (name.endsWith(".jar") || name.endsWith(".war") || name.endsWith(".rar")) {
            boolean nestedOwn = ownSide && !isLibraryFolder(name);
            try (ZipInputStream nested = new ZipInputStream(new ByteArrayInputStream(in.readAllBytes()))) {
                for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                    if (!entry.isDirectory()) {
                        add(entry.getName(), nested, nestedOwn);
                    }
                }
            } catch (IOException e) {
                // not a zip after all: nothing to read in it
            }
        }
    }

    /** The internal name of a class file entry; {@code null} for versioned, module and package descriptors. */
    private static String classPath(String name) {
        for (String prefix : List.of("WEB-INF/classes/", "BOOT-INF/classes/")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        if (name.startsWith("META-INF/") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
            return null;
        }
        return name.substring(0, name.length() - ".class".length());
    }

    private static boolean isLibraryFolder(String name) {
        return name.startsWith("WEB-INF/lib/") || name.startsWith("BOOT-INF/lib/") || name.startsWith("lib/")
                || name.contains("/lib/");
    }
}
