package org.freshview.jte;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What jte-maven-plugin does at build time, done here with jte's compiler: a template whose
 * parameter is the view class compiles only if it reads members the view has.
 */
class TypedTemplatesTest {

    private static final String HEADER = "@param org.freshview.jte.SampleView view\n";

    @TempDir
    Path classes;

    private TemplateEngine compiler(Map<String, String> templates) throws URISyntaxException {
        TemplateEngine engine = TemplateEngine.create(new InMemory(templates), classes, ContentType.Html);
        engine.setClassPath(List.of(location(SampleView.class), location(TemplateEngine.class)));
        return engine;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void a_template_reading_a_member_the_view_does_not_have_fails_to_compile() throws Exception {
        TemplateEngine engine = compiler(Map.of("bad.jte", HEADER + "<h1>${view.getSubtitle()}</h1>"));

        TemplateException failure = assertThrows(TemplateException.class,
                () -> engine.render("bad.jte", Map.of("view", new SampleView("x")), new StringOutput()));

        String message = failure.getMessage();
        assertTrue(message.startsWith("Failed to compile template, error at bad.jte:2\n"), message);
        assertTrue(message.contains("error: cannot find symbol") && message.contains("view.getSubtitle()"), message);
    }

    @Test
    void a_template_reading_the_views_members_compiles_and_escapes_html() throws Exception {
        TemplateEngine engine = compiler(Map.of("good.jte", HEADER + "<h1 title=\"${view.getTitle()}\">${view.getTitle()}</h1>"));
        StringOutput output = new StringOutput();

        engine.render("good.jte", Map.of("view", new SampleView("<script>alert(\"x\")</script>")), output);

        // Escaped for where it stands: an attribute value needs < and " escaped, text < and >.
        assertEquals("<h1 title=\"&lt;script>alert(&#34;x&#34;)&lt;/script>\">"
                + "&lt;script&gt;alert(\"x\")&lt;/script&gt;</h1>", output.toString());
    }

    private record InMemory(Map<String, String> templates) implements CodeResolver {
        @Override
        public String resolve(String name) {
            return templates.get(name);
        }

        @Override
        public long getLastModified(String name) {
            return 0;
        }

        @Override
        public List<String> resolveAllTemplateNames() {
            return List.copyOf(templates.keySet());
        }
    }
}
