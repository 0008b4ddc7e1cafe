package org.freshview.internal.diagnostics;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The FV ids the code defines against the catalogs users read: docs/messages.md lists every id
 * and no other, and a page with a table of some groups (binding.md the FV-3xx, validation.md
 * the FV-5xx) lists each of those groups whole. Sources and pages are read from this checkout
 * ({@code src/main/java} of this module, {@code ../docs}), so a new message fails here until the
 * guide lists it.
 */
class MessageCatalogTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path REPOSITORY = Path.of("..");
    private static final Path DOCS = REPOSITORY.resolve("docs");

    /** {@code new Diagnostic(} and its first argument, the id. */
    private static final Pattern CREATION = Pattern.compile("new Diagnostic\\(\\s*([^,]*),");
    private static final Pattern LITERAL_ID = Pattern.compile("\"(FV-\\d{3})\"");
    private static final Pattern MENTION = Pattern.compile("FV-\\d{3}");
    /** A catalog table's row: the id is its first cell ({@code | FV-301 | a view without ...}). */
    private static final Pattern CATALOG_ROW = Pattern.compile("(?m)^\\| (FV-\\d{3}) \\|");

    @Test
    void every_diagnostic_is_made_in_a_catalog_class_with_its_id_written_there_once() {
        List<String> problems = new ArrayList<>();
        Map<String, String> madeIn = new TreeMap<>();
        for (Path file : javaFiles(SOURCES)) {
            Matcher creation = CREATION.matcher(read(file));
            while (creation.find()) {
                String place = shown(file) + ": new Diagnostic(" + creation.group(1) + ", ...)";
                Matcher id = LITERAL_ID.matcher(creation.group(1).strip());
                if (!file.getFileName().toString().endsWith("Messages.java")) {
                    problems.add(place + " is outside the *Messages catalogs");
                }
                if (!id.matches()) {
                    problems.add(place + " does not write its id as a literal \"FV-nnn\"");
                } else if (madeIn.putIfAbsent(id.group(1), place) != null) {
                    problems.add(place + " repeats the id of " + madeIn.get(id.group(1)));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(madeIn.size() >= 30 && madeIn.containsKey("FV-101") && madeIn.containsKey("FV-603"),
                "found only " + madeIn.keySet());
    }

    @Test
    void the_message_catalog_lists_every_id_the_code_defines_and_no_other() {
        Set<String> defined = definedIds();
        List<String> listed = catalogRows(DOCS.resolve("messages.md"));

        Set<String> missing = new TreeSet<>(defined);
        missing.removeAll(listed);
        Set<String> unknown = new TreeSet<>(listed);
        unknown.removeAll(defined);
        assertEquals(Set.of(), missing, "ids the code defines but docs/messages.md does not list");
        assertEquals(Set.of(), unknown, "ids docs/messages.md lists but the code does not define");
        assertEquals(List.copyOf(defined), listed, "docs/messages.md lists each id once, in order");
    }

    @Test
    void a_page_with_a_table_of_some_groups_lists_each_of_those_groups_whole() {
        Set<String> defined = definedIds();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, List<String>> listed = new LinkedHashMap<>();
        List<Path> pages = new ArrayList<>(markdownFiles(DOCS));
        pages.add(REPOSITORY.resolve("README.md"));
        for (Path page : pages) {
            List<String> rows = catalogRows(page);
            if (rows.isEmpty() || page.getFileName().toString().equals("messages.md")) {
                continue;
            }
            Set<Character> groups = new TreeSet<>();
            rows.forEach(id -> groups.add(group(id)));
            String name = shown(page);
            expected.put(name, defined.stream().filter(id -> groups.contains(group(id))).toList());
            listed.put(name, rows);
        }
        assertEquals(expected, listed);
        assertTrue(listed.keySet().containsAll(List.of("docs/binding.md", "docs/validation.md")),
                "tables found only in " + listed.keySet());
    }

    @Test
    void every_id_the_sources_mention_is_one_the_code_defines() {
        Set<String> defined = definedIds();
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Path sources : List.of(SOURCES, REPOSITORY.resolve("processor/src/main/java"),
                REPOSITORY.resolve("audit/src/main/java"))) {
            for (Path file : javaFiles(sources)) {
                Matcher id = MENTION.matcher(read(file));
                while (id.find()) {
                    if (!defined.contains(id.group())) {
                        unknown.computeIfAbsent(shown(file), f -> new TreeSet<>())
                                .add(id.group());
                    }
                }
            }
        }
        assertEquals(Map.of(), unknown, "ids mentioned (javadoc, SARIF rules) that no message has");
    }

    /** The ids of every {@code new Diagnostic("FV-nnn", ...)} in this module's sources, sorted. */
    private static Set<String> definedIds() {
        Set<String> ids = new TreeSet<>();
        for (Path file : javaFiles(SOURCES)) {
            Matcher creation = CREATION.matcher(read(file));
            while (creation.find()) {
                Matcher id = LITERAL_ID.matcher(creation.group(1).strip());
                if (id.matches()) {
                    ids.add(id.group(1));
                }
            }
        }
        return ids;
    }

    private static List<String> catalogRows(Path page) {
        List<String> ids = new ArrayList<>();
        Matcher row = CATALOG_ROW.matcher(read(page));
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }

    /** The hundreds digit: FV-3xx is group '3'. */
    private static char group(String id) {
        return id.charAt(3);
    }

    private static List<Path> javaFiles(Path root) {
        return files(root, ".java");
    }

    /** The pages of the guide: the folder's own, not the copies a site build leaves under target/. */
    private static List<Path> markdownFiles(Path root) {
        return files(root, ".md", 1);
    }

    private static List<Path> files(Path root, String ending) {
        return files(root, ending, Integer.MAX_VALUE);
    }

    private static List<Path> files(Path root, String ending, int depth) {
        assertTrue(Files.isDirectory(root), root.toAbsolutePath() + " is not a directory (run from the module)");
        try (Stream<Path> files = Files.walk(root, depth)) {
            return files.filter(f -> f.toString().endsWith(ending)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a path from the repository's root, as in a failure message. */
    private static String shown(Path file) {
        return REPOSITORY.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
