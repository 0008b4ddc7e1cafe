package org.freshview.internal.cdi;

import com.example.AboutView;
import com.example.FormView;
import com.example.HelloView;
import org.freshview.Routes;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The route tables the documentation shows are what a deployment of its example views prints, verbatim. */
class RouteTableDocsTest {

    private static final Path DOCS = Path.of("../docs");

    @Test
    void the_table_routes_prints_is_the_one_in_views_and_routing() throws IOException {
        String table;
        try (WeldContainer container = Boot.weld(FormView.class).initialize()) {
            table = container.select(Routes.class).get().table();
        }

        assertEquals(block(DOCS.resolve("views-and-routing.md"), "`routes.table()` prints"),
                table);
    }

    @Test
    void the_table_logged_at_start_up_is_the_one_in_guarantees() throws IOException {
        List<String> fine = RouteTableLogTest.fineMessages(HelloView.class, AboutView.class);

        assertEquals(1, fine.size(), fine::toString);
        assertEquals(block(DOCS.resolve("guarantees.md"), "the route table, one row per route"),
                fine.get(0) + "\n");
    }

    /** The text of the first fenced block after the line containing {@code after}, with its last newline. */
    private static String block(Path markdown, String after) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        int line = 0;
        while (!lines.get(line).contains(after)) {
            line++;
        }
        while (!lines.get(line).startsWith("```")) {
            line++;
        }
        StringBuilder block = new StringBuilder();
        for (line++; !lines.get(line).startsWith("```"); line++) {
            block.append(lines.get(line)).append('\n');
        }
        return block.toString();
    }
}
