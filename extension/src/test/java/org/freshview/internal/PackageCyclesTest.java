package org.freshview.internal;

import org.freshview.internal.cdi.ViewExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The internal packages depend on each other in one direction only: a cycle (the CDI extension
 * importing the web layer and the web layer importing the extension) forces classes public that
 * are nobody else's business, and makes neither package understandable alone. Read from the
 * compiled classes' constant pools, where every type a class names appears (class references,
 * field and method descriptors, generic signatures, annotations), so an import, a fully qualified
 * name and a parameter type all count.
 */
class PackageCyclesTest {

    private static final Pattern INTERNAL = Pattern.compile("org/freshview/internal/([a-z]+)/");

    /** For each internal package, the internal packages it names, each with one class that names it. */
    private static Map<String, TreeMap<String, String>> dependencies;

    @BeforeAll
    static void readClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(ViewExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/freshview/internal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                Matcher own = INTERNAL.matcher(name);
                if (!own.lookingAt()) {
                    continue;
                }
                Map<String, String> named = dependencies.computeIfAbsent(own.group(1), p -> new TreeMap<>());
                for (String text : utf8Constants(Files.readAllBytes(file))) {
                    Matcher other = INTERNAL.matcher(text);
                    while (other.find()) {
                        if (!other.group(1).equals(own.group(1))) {
                            named.putIfAbsent(other.group(1), name);
                        }
                    }
                }
            }
        }
    }

    @Test
    void the_internal_packages_import_each_other_in_one_direction_only() {
        List<String> cycles = new ArrayList<>();
        for (String from : dependencies.keySet()) {
            // every cycle has an edge to a later name: each is reported, once or a few times
            for (String to : dependencies.get(from).tailMap(from, false).keySet()) {
                List<String> back = path(to, from);
                if (back != null) {
                    cycles.add(from + " -> " + to + " (" + dependencies.get(from).get(to) + ") and back: "
                            + String.join(" -> ", back) + " (" + dependencies.get(back.get(back.size() - 2)).get(from) + ")");
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    @Test
    void the_extension_builds_the_web_layer_and_the_web_layer_does_not_name_the_extension() {
        assertTrue(dependencies.get("cdi").containsKey("web"), dependencies::toString); // and the reading works
        assertFalse(dependencies.get("web").containsKey("cdi"), dependencies::toString);
    }

    /** The packages from {@code from} to {@code to} along dependencies, or null if {@code to} is not reachable. */
    private static List<String> path(String from, String to) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> open = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, null);
        while (!open.isEmpty()) {
            String at = open.poll();
            if (at.equals(to)) {
                List<String> path = new ArrayList<>();
                for (String p = to; p != null; p = cameFrom.get(p)) {
                    path.add(0, p);
                }
                return path;
            }
            for (String next : dependencies.getOrDefault(at, new TreeMap<>()).keySet()) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    open.add(next);
                }
            }
        }
        return null;
    }

    /** Every CONSTANT_Utf8 entry of a class file (JVMS 4.4): names, descriptors, signatures and strings. */
    private static List<String> utf8Constants(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.skipBytes(8); // magic, minor and major version
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or a double takes two entries
                }
                default -> throw new IOException("Unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        return texts;
    }
}
