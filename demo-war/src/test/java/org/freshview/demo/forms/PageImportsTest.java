package org.freshview.demo.forms;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The JSPs import the link classes freshview-processor generates. javac compiles nothing that uses
 * them, so a processor that did not run (JDK 23+ with the processor only on the class path) is not
 * seen until a page is rendered; this finds it at build time.
 */
class PageImportsTest {

    private static final Pattern PAGE_IMPORT = Pattern.compile("<%@\\s*page\\s+import=\"([^\"]+)\"");

    @Test
    void every_class_a_page_imports_was_compiled_into_the_war() throws IOException {
        TreeSet<String> imported = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".jsp")).toList()) {
                Matcher m = PAGE_IMPORT.matcher(Files.readString(page));
                while (m.find()) {
                    for (String name : m.group(1).split(",")) {
                        imported.add(name.trim());
                    }
                }
            }
        }
        assertFalse(imported.isEmpty(), "no page imports found under src/main/webapp");

        List<String> missing = new ArrayList<>();
        for (String name : imported) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "classes the pages import but the build did not produce"
                + " (is freshview-processor on annotationProcessorPaths?)");
    }
}
