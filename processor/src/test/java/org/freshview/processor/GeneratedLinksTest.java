package org.freshview.processor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each view gets a link class whose typed methods return the percent-encoded URI of a template. */
class GeneratedLinksTest {

    private static final String FORM_VIEW = """
            package com.example.forms;

            import jakarta.ws.rs.*;
            import org.freshview.View;

            @View(value = {"/forms/{key}", "/forms/{key}/{page}"}, name = "form")
            public class FormView {
                public enum Step { INTRO, DONE }

                @PathParam("key")
                String key;

                @GET
                public String show(@PathParam("page") int page) {
                    return key + page;
                }
            }
            """;

    private static final String OTHER_VIEWS = """
            package com.example;

            import jakarta.ws.rs.*;
            import org.freshview.View;

            public class Views {
                public enum Step { INTRO, DONE }

                @View("/files/{path: .*}")
                public static class FileView {
                    @GET
                    public String show(@PathParam("path") String path) {
                        return path;
                    }
                }

                @View({"/steps/{step}/{code: [a-z]+}", "/steps/{item-id}"})
                public static class StepView {
                    @GET
                    public String show(@PathParam("step") Step step) {
                        return "";
                    }
                }

                @View("/{page: .+}")
                public static class PageView {
                    @GET
                    public String show() {
                        return "";
                    }
                }

                @View({"/a/{x}", "/b/{y}"})
                public static class TwoView {
                    @GET
                    public String show() {
                        return "";
                    }
                }
            }
            """;

    private final Compilation compilation = Compilation.of("com.example.forms.FormView", FORM_VIEW,
            "com.example.Views", OTHER_VIEWS);
    private final ClassLoader loader = compilation.classLoader();

    private Object call(String className, String method, Object... values) throws Exception {
        Class<?> links = loader.loadClass(className);
        for (Method candidate : links.getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == values.length) {
                try {
                    return candidate.invoke(null, values);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new AssertionError("No " + method + " with " + values.length + " parameter(s) in " + className);
    }

    private List<String> signatures(String className) throws Exception {
        Class<?> links = loader.loadClass(className);
        return Arrays.stream(links.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(m -> m.getReturnType().getSimpleName() + " " + m.getName() + Arrays.stream(m.getParameterTypes())
                        .map(Class::getSimpleName).toList()).sorted().toList();
    }

    @Test
    void the_link_class_has_one_typed_static_method_per_template() throws Exception {
        assertTrue(compilation.success(), compilation::toString);
        assertEquals(List.of("String uri[String, int]", "String uri[String]"),
                signatures("com.example.forms.FormViewLinks"));
        assertEquals(List.of("String uri[Step, String]", "String uri[String]"),
                signatures("com.example.Views_StepViewLinks"));
    }

    @Test
    void values_are_percent_encoded_as_by_reverse_routing() throws Exception {
        assertEquals("/forms/tax%20return", call("com.example.forms.FormViewLinks", "uri", "tax return"));
        assertEquals("/forms/tax%20return%2F2026%3F%23%25%3B%C3%A9/2",
                call("com.example.forms.FormViewLinks", "uri", "tax return/2026?#%;\u00e9", 2));
        assertEquals("/files/docs/a%20b.txt", call("com.example.Views_FileViewLinks", "uri", "docs/a b.txt"));
    }

    @Test
    void an_enum_variable_takes_the_constant_and_a_regex_is_checked() throws Exception {
        Class<?> step = loader.loadClass("com.example.Views$Step");
        Object done = step.getEnumConstants()[1];
        assertEquals("/steps/DONE/abc", call("com.example.Views_StepViewLinks", "uri", done, "abc"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> call("com.example.Views_StepViewLinks", "uri", done, "ABC"));
        assertEquals("The value \"ABC\" of {code} in the template \"/steps/{step}/{code: [a-z]+}\" of"
                + " com.example.Views$StepView is not a match of the regex [a-z]+.", wrong.getMessage());
        assertEquals("/steps/7", call("com.example.Views_StepViewLinks", "uri", "7"));
    }

    @Test
    void a_link_never_leaves_the_application() throws Exception {
        assertEquals("/about/team", call("com.example.Views_PageViewLinks", "uri", "about/team"));
        IllegalArgumentException away = assertThrows(IllegalArgumentException.class,
                () -> call("com.example.Views_PageViewLinks", "uri", "/evil.example"));
        assertEquals("The value \"/evil.example\" of {page} in the template \"/{page: .+}\" of com.example.Views$PageView"
                + " starts with '/', so the URI would start with '//', which a browser reads as the address of another host.",
                away.getMessage());
    }

    @Test
    void a_null_value_is_refused_with_the_template_named() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> call("com.example.forms.FormViewLinks", "uri", (Object) null));
        assertEquals("The value \"null\" of {key} in the template \"/forms/{key}\" of com.example.forms.FormView"
                + " is null.", missing.getMessage());
    }

    @Test
    void templates_with_the_same_parameter_types_get_numbered_methods() throws Exception {
        assertEquals(List.of("String uri2[String]", "String uri[String]"), signatures("com.example.Views_TwoViewLinks"));
        assertEquals("/a/1", call("com.example.Views_TwoViewLinks", "uri", "1"));
        assertEquals("/b/2", call("com.example.Views_TwoViewLinks", "uri2", "2"));
    }

    @Test
    void a_renamed_type_breaks_the_callers_at_compile_time() {
        String caller = """
                package com.example.app;

                public class Caller {
                    String link() {
                        return com.example.forms.FormViewLinks.uri("k", "two"); // here
                    }
                }
                """;
        Compilation withCaller = Compilation.of("com.example.forms.FormView", FORM_VIEW, "com.example.app.Caller", caller);
        assertTrue(!withCaller.success() && withCaller.messages().stream().anyMatch(m -> m.line() == 5
                && m.file().equals("/com/example/app/Caller.java")), withCaller::toString);
    }

    @Test
    void expression_language_calls_the_links_of_an_imported_class() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // EL's ImportHandler loads classes through it, as in a web application
        try {
            jakarta.el.ELProcessor el = new jakarta.el.ELProcessor();
            el.getELManager().importClass("com.example.forms.FormViewLinks");
            assertEquals("/forms/tax%20return/2", el.eval("FormViewLinks.uri('tax return', 2)"));
            assertEquals("/forms/k", el.eval("FormViewLinks.uri('k')"));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void the_generated_source_names_its_view_and_processor() {
        String source = compilation.generatedSource("com.example.forms.FormViewLinks");
        assertTrue(source.contains("@javax.annotation.processing.Generated(\"org.freshview.processor.ViewProcessor\")"),
                source);
        assertTrue(source.contains("public static String uri(java.lang.String key, int page) {"), source);
    }

    @Test
    void the_processor_is_registered_and_declared_aggregating_for_incremental_builds() throws IOException {
        assertEquals("org.freshview.processor.ViewProcessor", resource("META-INF/services/javax.annotation.processing.Processor"));
        // Not isolating: FV-201 and FV-208 compare all views, so Gradle must hand the processor
        // every @View class on an incremental compile, or a conflict between an edited view and
        // an unchanged one would only show at deployment
        assertEquals("org.freshview.processor.ViewProcessor,aggregating",
                resource("META-INF/gradle/incremental.annotation.processors"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GeneratedLinksTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
