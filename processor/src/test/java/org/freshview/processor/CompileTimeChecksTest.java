package org.freshview.processor;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each FV- problem a compiler can see is an error on the exact line of the element it is
 * about, with the id and text the extension reports at deployment (compare
 * BindingDiagnosticsTest and ShapeAndScopeCheckTest in the extension).
 */
class CompileTimeChecksTest {

    private static final String IMPORTS = """
            package com.example;

            import jakarta.ws.rs.*;
            import org.freshview.Result;
            import org.freshview.View;
            """;

    /** The source, and the 1-based line of the first line containing {@code marker}. */
    private static long line(String source, String marker) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("No " + marker + " in\n" + source);
    }

    private static void assertMessages(Compilation compilation, Compilation.Message... expected) {
        assertEquals(List.of(expected), compilation.messages(), compilation::toString);
    }

    private static Compilation.Message error(String source, String file, String marker, String text) {
        return new Compilation.Message(Diagnostic.Kind.ERROR, text, "/com/example/" + file + ".java", line(source, marker));
    }

    private static Compilation.Message warning(String source, String file, String marker, String text) {
        return new Compilation.Message(Diagnostic.Kind.WARNING, text, "/com/example/" + file + ".java", line(source, marker));
    }

    private static Compilation compile(String className, String source) {
        return Compilation.of("com.example." + className, source);
    }

    @Test
    void constraints_on_types_they_cannot_validate_and_form_objects_that_cannot_be_made_are_errors() {
        String source = IMPORTS + """
                import jakarta.validation.constraints.*;
                import org.freshview.Form;

                @View("/signup")
                public class SignupView {
                    @QueryParam("age")
                    @Email int age; // email

                    @POST
                    public String save(@BeanParam Abstract form, // abstract
                                       @BeanParam Fine fine, Form outcome,
                                       @FormParam("day") @Past String day) { // past
                        return "";
                    }

                    public abstract static class Abstract {
                        @FormParam("name") String name;
                    }

                    public static class Fine {
                        @FormParam("count")
                        @NotBlank int count; // blank

                        @FormParam("email") @NotBlank @Email String email;
                    }
                }
                """;
        Compilation compilation = compile("SignupView", source);
        assertFalse(compilation.success());
        assertMessages(compilation,
                error(source, "SignupView", "// email", "FV-501 com.example.SignupView#age: @Email cannot validate int:"
                        + " it applies to text (String, CharSequence). Remove @Email, or use a constraint made for int."),
                error(source, "SignupView", "// abstract", "FV-502 com.example.SignupView#save(parameter 1): The @BeanParam"
                        + " class com.example.SignupView$Abstract cannot be created by Freshview. Make it a concrete class"
                        + " (not an interface, abstract, inner or local class) with a constructor without parameters that"
                        + " is not private, and bind its fields with @FormParam, @QueryParam, @PathParam, @HeaderParam or"
                        + " @CookieParam."),
                error(source, "SignupView", "// blank", "FV-501 com.example.SignupView$Fine#count: @NotBlank cannot"
                        + " validate int: it applies to text (String, CharSequence). Remove @NotBlank, or use a constraint"
                        + " made for int."),
                error(source, "SignupView", "// past", "FV-501 com.example.SignupView#save(parameter 4): @Past cannot"
                        + " validate java.lang.String: it applies to java.time dates and times. Remove @Past, or use a"
                        + " constraint made for java.lang.String."));
    }

    @Test
    void a_path_param_missing_from_the_template_is_an_error_on_the_parameter() {
        String source = IMPORTS + """
                @View("/items/{id}")
                public class ItemView {
                    @GET
                    public String show(
                            @PathParam("key") String key) { // here
                        return key;
                    }
                }
                """;
        Compilation compilation = compile("ItemView", source);
        assertFalse(compilation.success());
        assertMessages(compilation, error(source, "ItemView", "// here",
                "FV-303 com.example.ItemView#show(parameter 1): @PathParam(\"key\") names no variable of the template"
                        + " /items/{id} (its variables are {id}). Use one of the template's variable names, or add"
                        + " {key} to the template."));
        assertTrue(compilation.generated().isEmpty(), "a broken view gets no link class");
    }

    @Test
    void a_template_variable_bound_by_nothing_is_a_warning_on_the_class_and_the_links_are_still_generated() {
        String source = IMPORTS + """
                @View("/fine/{id}/{unused}")
                public class FineView { // here
                    @PathParam("id")
                    long id;

                    @GET
                    public Result show() {
                        return Result.text("ok");
                    }
                }
                """;
        Compilation compilation = compile("FineView", source);
        assertTrue(compilation.success(), compilation::toString);
        assertMessages(compilation, warning(source, "FineView", "// here",
                "FV-304 com.example.FineView: The template variable {unused} of /fine/{id}/{unused} is bound by no"
                        + " field or parameter. Bind it with @PathParam(\"unused\") if the view needs it; this is only"
                        + " a warning."));
        assertTrue(compilation.generated().containsKey("com.example.FineViewLinks"));
    }

    @Test
    void types_without_converter_are_errors_on_the_field_and_on_the_parameter() {
        String source = IMPORTS + """
                import java.util.Map;

                @View("/convert")
                public class NoConverterView {
                    @QueryParam("map")
                    Map<String, String> map; // field

                    @GET
                    public String show(
                            @QueryParam("timeout") java.time.Duration timeout) { // parameter
                        return "";
                    }
                }
                """;
        String fix = " Use a primitive, a wrapper, String, UUID, BigDecimal, BigInteger, a java.time date or time, an"
                + " enum, List<T> or Optional<T> of those, or a type with a public static valueOf(String) or"
                + " fromString(String), or a public constructor taking a String.";
        assertMessages(compile("NoConverterView", source),
                error(source, "NoConverterView", "// field", "FV-305 com.example.NoConverterView#map: Freshview cannot"
                        + " convert text to java.util.Map<java.lang.String, java.lang.String>." + fix),
                error(source, "NoConverterView", "// parameter", "FV-305 com.example.NoConverterView#show(parameter 1):"
                        + " Freshview cannot convert text to java.time.Duration." + fix));
    }

    @Test
    void user_types_with_a_text_form_convert_and_a_bad_default_of_a_built_in_type_is_an_error() {
        String source = IMPORTS + """
                @View("/defaults/{code}")
                public class DefaultsView {
                    public enum Color { RED, GREEN }

                    public static final class Code {
                        public static Code valueOf(String text) {
                            return new Code();
                        }
                    }

                    @GET
                    public String show(@PathParam("code") Code code,
                                       @QueryParam("color") @DefaultValue("RED") Color color,
                                       @QueryParam("n") @DefaultValue("ten") int n, // here
                                       @QueryParam("shade") @DefaultValue("BLUE") Color shade) { // enum
                        return "";
                    }
                }
                """;
        assertMessages(compile("DefaultsView", source),
                error(source, "DefaultsView", "// here", "FV-308 com.example.DefaultsView#show(parameter 3):"
                        + " @DefaultValue(\"ten\") does not convert to the parameter's type (expected an integer)."
                        + " Give a default value of the right form, or remove @DefaultValue."),
                error(source, "DefaultsView", "// enum", "FV-308 com.example.DefaultsView#show(parameter 4):"
                        + " @DefaultValue(\"BLUE\") does not convert to the parameter's type (expected one of RED,"
                        + " GREEN). Give a default value of the right form, or remove @DefaultValue."));
    }

    @Test
    void unsupported_return_types_unbound_parameters_and_two_sources_are_errors_on_their_elements() {
        String source = IMPORTS + """
                @View("/many/{id}")
                public class ManyProblemsView {
                    @PathParam("nope")
                    String nope; // field

                    @GET
                    public Integer show() { // method
                        return 1;
                    }

                    @DELETE
                    public String remove(Object what) { // unbound
                        return "";
                    }

                    @POST
                    public String save(@QueryParam("a") @FormParam("a") String a) { // two
                        return a;
                    }
                }
                """;
        assertMessages(compile("ManyProblemsView", source),
                error(source, "ManyProblemsView", "// field", "FV-303 com.example.ManyProblemsView#nope:"
                        + " @PathParam(\"nope\") names no variable of the template /many/{id} (its variables are {id})."
                        + " Use one of the template's variable names, or add {nope} to the template."),
                error(source, "ManyProblemsView", "// unbound", "FV-307 com.example.ManyProblemsView#remove(parameter 1):"
                        + " The parameter of type java.lang.Object has no binding annotation and is not an injectable"
                        + " type. Annotate it with @PathParam, @QueryParam, @FormParam, @HeaderParam or @CookieParam,"
                        + " or use one of HttpServletRequest, HttpServletResponse, HttpSession, Locale, Form;"
                        + " a form object takes @BeanParam."),
                error(source, "ManyProblemsView", "// method", "FV-306 com.example.ManyProblemsView#show: A handler"
                        + " cannot return java.lang.Integer. Return org.freshview.Result, String (sent as text/plain)"
                        + " or void (the handler writes the response itself)."),
                error(source, "ManyProblemsView", "// two", "FV-309 com.example.ManyProblemsView#save(parameter 1):"
                        + " It has more than one binding annotation: @QueryParam, @FormParam. Keep exactly one of"
                        + " @PathParam, @QueryParam, @FormParam, @HeaderParam, @CookieParam."));
    }

    @Test
    void a_view_without_handler_and_a_final_bound_field_are_errors() {
        String source = IMPORTS + """
                @View("/none")
                public class NoHandlerView { // class
                    @QueryParam("q")
                    final String q = ""; // field
                }
                """;
        assertMessages(compile("NoHandlerView", source),
                error(source, "NoHandlerView", "// field", "FV-311 com.example.NoHandlerView#q: A bound field cannot"
                        + " be final. Remove the final modifier: the view instance belongs to one request, so its"
                        + " fields are safe to fill."),
                error(source, "NoHandlerView", "// class", "FV-301 com.example.NoHandlerView: The view has no handler"
                        + " method. Annotate a method with @GET, @POST, @PUT, @PATCH or @DELETE (jakarta.ws.rs)."));
    }

    @Test
    void a_view_declaring_application_scope_is_an_error_naming_the_fields_it_would_share() {
        String source = IMPORTS + """
                import jakarta.enterprise.context.ApplicationScoped;
                import jakarta.inject.Inject;
                import jakarta.enterprise.inject.spi.BeanManager;

                @View("/app")
                @ApplicationScoped
                public class ApplicationView { // class
                    @Inject
                    BeanManager beanManager;
                    String key;
                    long itemId;

                    @GET
                    public String show() {
                        return key;
                    }
                }
                """;
        assertMessages(compile("ApplicationView", source),
                error(source, "ApplicationView", "// class", "FV-101 com.example.ApplicationView: The view is"
                        + " @ApplicationScoped (declared on the class), but a view must be @RequestScoped: one instance"
                        + " would serve every request of every user at the same time. These instance fields would be"
                        + " shared: key (String), itemId (long). Remove @ApplicationScoped (a @View is @RequestScoped"
                        + " without any scope annotation) and keep state that must outlive a request in a separate,"
                        + " thread-safe bean that the view injects."));
    }

    @Test
    void a_scope_brought_by_another_stereotype_is_an_error() {
        String source = IMPORTS + """
                import jakarta.enterprise.context.SessionScoped;
                import jakarta.enterprise.inject.Stereotype;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;

                @View("/wizard")
                @SessionView.Wizard
                public class SessionView implements java.io.Serializable { // class
                    @Stereotype
                    @SessionScoped
                    @Retention(RetentionPolicy.RUNTIME)
                    public @interface Wizard {
                    }

                    @GET
                    public String show() {
                        return "";
                    }
                }
                """;
        assertMessages(compile("SessionView", source),
                error(source, "SessionView", "// class", "FV-101 com.example.SessionView: The view is @SessionScoped"
                        + " (from the stereotype @Wizard), but a view must be @RequestScoped: one instance would serve"
                        + " every request of a session, concurrent ones included. It has no instance fields yet; any"
                        + " field added later would be shared. Remove @SessionScoped (a @View is @RequestScoped without"
                        + " any scope annotation) and keep state that must outlive a request in a separate, thread-safe"
                        + " bean that the view injects."));
    }

    @Test
    void shape_problems_are_errors_on_the_class_and_on_the_final_method() {
        String source = IMPORTS + """
                public class Views {
                    @View("/final")
                    public static final class FinalView { // final
                        @GET
                        public String show() {
                            return "";
                        }
                    }

                    @View("/inner")
                    public class InnerView { // inner
                        @GET
                        public String show() {
                            return "";
                        }
                    }

                    @View("/constructor")
                    public static class ConstructorView { // constructor
                        public ConstructorView(String required) {
                        }

                        @GET
                        public String show() {
                            return "";
                        }
                    }

                    @View("/method")
                    public static class FinalMethodView {
                        @GET
                        public final String show() { // method
                            return "";
                        }
                    }

                    @View("/abstract")
                    public abstract static class AbstractView { // abstract
                        @GET
                        public String show() {
                            return "";
                        }
                    }
                }
                """;
        assertMessages(compile("Views", source),
                error(source, "Views", "// final", "FV-104 com.example.Views$FinalView: The view class is final, so the"
                        + " container cannot create the client proxy that a request-scoped bean needs. Remove final"
                        + " from the class."),
                error(source, "Views", "// inner", "FV-103 com.example.Views$InnerView: The view is a non-static inner"
                        + " class, which the container cannot instantiate because each instance needs an instance of"
                        + " the enclosing class. Declare it as a static nested class or a top-level class."),
                error(source, "Views", "// constructor", "FV-105 com.example.Views$ConstructorView: The view has no"
                        + " non-private constructor without parameters, which the container needs to create the client"
                        + " proxy of a request-scoped bean. Add a public or protected constructor without parameters"
                        + " (an @Inject constructor may stay next to it)."),
                error(source, "Views", "// method", "FV-106 com.example.Views$FinalMethodView#show: The method is final,"
                        + " so the client proxy cannot forward it to the current request's instance and the class cannot"
                        + " be proxied. Remove final from show(), or make it private or static."),
                error(source, "Views", "// abstract", "FV-102 com.example.Views$AbstractView: The view class is abstract,"
                        + " so the container cannot create an instance of it for a request. Remove abstract, or put @View"
                        + " on a concrete subclass instead."));
    }

    @Test
    void an_invalid_template_is_an_error_on_the_view_annotation() {
        String source = IMPORTS + """
                @View("forms") // here
                public class FormsView {
                    @GET
                    public String show() {
                        return "";
                    }
                }
                """;
        assertMessages(compile("FormsView", source), error(source, "FormsView", "// here",
                "FV-202 com.example.FormsView: The template \"forms\" does not start with '/'. Write it relative to the"
                        + " web application, starting with '/', for example \"/forms\"."));
    }

    @Test
    void two_views_whose_templates_match_the_same_requests_conflict_even_when_variable_names_differ() {
        String first = IMPORTS + """
                @View("/users/{id}")
                public class UserView {
                    @GET
                    public String show(@PathParam("id") String id) {
                        return id;
                    }
                }
                """;
        String second = IMPORTS + """
                @View("/users/{name}") // here
                public class UserByNameView {
                    @GET
                    public String show(@PathParam("name") String name) {
                        return name;
                    }
                }
                """;
        Compilation compilation = Compilation.of("com.example.UserView", first, "com.example.UserByNameView", second);
        assertMessages(compilation, error(second, "UserByNameView", "// here",
                "FV-201 com.example.UserByNameView: GET /users/{name} matches the same requests as GET /users/{id} of"
                        + " com.example.UserView. Change one of the two templates, or constrain a variable by its type"
                        + " or a regex."),
                error(second, "UserByNameView", "// here", "FV-201 com.example.UserByNameView: HEAD /users/{name}"
                        + " matches the same requests as HEAD /users/{id} of com.example.UserView. Change one of the two"
                        + " templates, or constrain a variable by its type or a regex."));
        assertNull(compilation.generatedSource("com.example.UserByNameViewLinks"));
    }

    @Test
    void variables_bound_to_different_enums_do_not_conflict_as_at_deployment() {
        String source = IMPORTS + """
                public class Shop {
                    public enum Color { RED, GREEN }
                    public enum Size { S, M }

                    @View("/shirts/{color}")
                    public static class ByColor {
                        @GET
                        public String show(@PathParam("color") Color color) {
                            return "";
                        }
                    }

                    @View("/shirts/{size}")
                    public static class BySize {
                        @GET
                        public String show(@PathParam("size") Size size) {
                            return "";
                        }
                    }
                }
                """;
        Compilation compilation = compile("Shop", source);
        assertTrue(compilation.success(), compilation::toString);
        assertMessages(compilation);
    }

    @Test
    void an_unknown_type_is_left_to_javac_without_an_fv_message() {
        String source = IMPORTS + """
                @View("/unknown")
                public class UnknownView {
                    @GET
                    public String show(@QueryParam("q") Missing q) { // here
                        return "";
                    }
                }
                """;
        Compilation compilation = compile("UnknownView", source);
        assertFalse(compilation.success());
        assertEquals(1, compilation.messages().size(), compilation::toString);
        assertEquals(line(source, "// here"), compilation.messages().get(0).line());
        assertFalse(compilation.messages().get(0).text().contains("FV-"), compilation::toString);
    }

    @Test
    void a_list_path_param_and_a_route_name_used_twice_are_errors() {
        String source = IMPORTS + """
                import java.util.List;

                public class Named {
                    @View(value = "/first", name = "page")
                    public static class First {
                        @GET
                        public String show() {
                            return "";
                        }
                    }

                    @View(value = "/second", name = "page") // name
                    public static class Second {
                        @GET
                        public String show() {
                            return "";
                        }
                    }

                    @View("/list/{id}")
                    public static class ListView {
                        @GET
                        public String show(@PathParam("id") List<String> ids) { // list
                            return "";
                        }
                    }
                }
                """;
        assertMessages(compile("Named", source),
                error(source, "Named", "// list", "FV-310 com.example.Named$ListView#show(parameter 1): A @PathParam holds"
                        + " one value, so it cannot be a List. Declare the element type instead of List<...>."),
                error(source, "Named", "// name", "FV-208 com.example.Named$Second: The route name \"page\" is also used"
                        + " by com.example.Named$First. Give each view its own name() for reverse routing."));
    }

    @Test
    void a_correct_view_compiles_without_any_message() {
        String source = IMPORTS + """
                import jakarta.servlet.http.HttpServletRequest;
                import java.util.List;
                import java.util.Optional;

                @View("/fine/{id}")
                public class FineView {
                    @PathParam("id")
                    long id;

                    @GET
                    public Result show(@QueryParam("tags") List<String> tags, @QueryParam("page") Optional<Integer> page,
                                       @QueryParam("q") @DefaultValue("x") String q, HttpServletRequest request) {
                        return Result.text("ok");
                    }

                    @POST
                    public void save(@FormParam("n") Integer n) {
                    }
                }
                """;
        Compilation compilation = compile("FineView", source);
        assertTrue(compilation.success(), compilation::toString);
        assertMessages(compilation);
    }
}
