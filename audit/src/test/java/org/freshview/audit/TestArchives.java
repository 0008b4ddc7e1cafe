package org.freshview.audit;

import org.freshview.audit.fixtures.LibraryServlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** WARs, EARs and jars built from the compiled fixture classes, as a build would pack them. */
final class TestArchives {

    private static final String FIXTURES = "org/freshview/audit/fixtures/";
    private static final String LIBRARY = FIXTURES + LibraryServlet.class.getSimpleName() + ".class";

    private TestArchives() {
    }

    /** A WAR with the fixture classes selected by {@code include} in WEB-INF/classes and LibraryServlet in WEB-INF/lib. */
    static Path war(Path directory, String name, Predicate<String> include) throws IOException {
        Path war = directory.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            put(zip, "WEB-INF/web.xml", "<web-app/>".getBytes());
            for (String entry : fixtureEntries()) {
                if (!entry.equals(LIBRARY) && include.test(entry)) {
                    put(zip, "WEB-INF/classes/" + entry, Files.readAllBytes(testClasses().resolve(entry)));
                }
            }
            put(zip, "WEB-INF/lib/library.jar", jar(List.of(LIBRARY)));
        }
        return war;
    }

    /** A WAR with every fixture class but the false-positive patterns (FalsePositivePatternsTest has those). */
    static Path war(Path directory) throws IOException {
        return war(directory, "app.war", entry -> !entry.contains("/patterns/"));
    }

    /** An EAR with {@code war} as a web module. */
    static Path ear(Path directory, Path war) throws IOException {
        Path ear = directory.resolve("app.ear");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(ear))) {
            put(zip, "META-INF/application.xml", "<application/>".getBytes());
            put(zip, "web.war", Files.readAllBytes(war));
        }
        return ear;
    }

    /** The directory the fixture classes were compiled to (target/test-classes). */
    static Path testClasses() {
        try {
            return Path.of(LibraryServlet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fixtureEntries() throws IOException {
        Path root = testClasses();
        try (Stream<Path> files = Files.walk(root.resolve(FIXTURES))) {
            return files.filter(Files::isRegularFile).map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static byte[] jar(List<String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                put(zip, entry, Files.readAllBytes(testClasses().resolve(entry)));
            }
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content);
        zip.closeEntry();
    }
}
