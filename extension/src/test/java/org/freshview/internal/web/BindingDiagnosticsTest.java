package org.freshview.internal.web;

import org.freshview.internal.settings.Setting;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.Result;
import org.freshview.View;
import org.freshview.internal.cdi.ViewExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken views fail the deployment with FV-3xx messages that name the member and the fix. */
class BindingDiagnosticsTest {

    private static final String P = BindingDiagnosticsTest.class.getName() + "$";

    @View("/none")
    static class NoHandlerView {
        public String notAHandler() {
            return "";
        }
    }

    @View("/two")
    static class TwoGetsView {
        @GET
        public String one() {
            return "1";
        }

        @GET
        public String two() {
            return "2";
        }
    }

    @View("/items/{id}")
    static class WrongPathParamView {
        @GET
        public String show(@PathParam("key") String key) {
            return key;
        }
    }

    @View("/convert")
    static class NoConverterView {
        @QueryParam("map")
        Map<String, String> map;

        @GET
        public String show(@QueryParam("timeout") java.time.Duration timeout) {
            return "";
        }
    }

    @View("/returns")
    static class BadReturnView {
        @GET
        public Integer show() {
            return 1;
        }
    }

    @View("/unbound")
    static class UnboundParameterView {
        @GET
        public String show(String name) {
            return name;
        }
    }

    @View("/defaults")
    static class BadDefaultView {
        @GET
        public String show(@QueryParam("n") @DefaultValue("ten") int n) {
            return "";
        }
    }

    @View("/twice")
    static class TwoSourcesView {
        @POST
        public String save(@QueryParam("a") @FormParam("a") String a) {
            return a;
        }
    }

    @View("/list/{id}")
    static class ListPathParamView {
        @GET
        public String show(@PathParam("id") List<String> ids) {
            return "";
        }
    }

    @View("/final")
    static class FinalFieldView {
        @QueryParam("q")
        final String q = "";

        @GET
        public String show() {
            return q;
        }
    }

    @View("/many/{id}")
    static class ManyProblemsView {
        @PathParam("nope")
        String nope;

        @GET
        public Object show() {
            return "";
        }

        @DELETE
        public String remove(Object what) {
            return "";
        }
    }

    @View("/files/{id}")
    static class PartFromQueryView {
        @QueryParam("file")
        jakarta.servlet.http.Part file;

        @POST
        public String save(@FormParam("doc") @DefaultValue("x") List<jakarta.servlet.http.Part> docs) {
            return "";
        }
    }

    @View("/fine/{id}/{unused}")
    static class FineView {
        @PathParam("id")
        long id;

        @Inject
        jakarta.enterprise.inject.spi.BeanManager beanManager;

        @GET
        public Result show(@QueryParam("tags") List<String> tags, @QueryParam("page") Optional<Integer> page,
                           @QueryParam("q") @DefaultValue("x") String q) {
            return Result.text("ok");
        }

        @POST
        public void save(@FormParam("n") Integer n, @FormParam("file") jakarta.servlet.http.Part file,
                         @FormParam("files") List<jakarta.servlet.http.Part> files,
                         @FormParam("photo") Optional<jakarta.servlet.http.Part> photo) {
        }
    }

    @Test
    void an_uploaded_file_bound_from_anything_but_a_form_field_or_with_a_default_fails_deployment() {
        assertProblems(PartFromQueryView.class,
                "FV-320 " + P + "PartFromQueryView#file: An uploaded file (jakarta.servlet.http.Part) comes from a"
                        + " form field, not from @QueryParam.",
                "FV-320 " + P + "PartFromQueryView#save(parameter 1): An uploaded file (jakarta.servlet.http.Part)"
                        + " cannot have a @DefaultValue.");
    }

    @Test
    void a_view_without_handler_fails_deployment() {
        assertProblems(NoHandlerView.class, "FV-301 " + P + "NoHandlerView: The view has no handler method."
                + " Annotate a method with @GET, @POST, @PUT, @PATCH or @DELETE (jakarta.ws.rs).");
    }

    @Test
    void a_view_with_two_get_methods_fails_deployment() {
        assertProblems(TwoGetsView.class, "FV-302 " + P + "TwoGetsView: More than one method handles GET:");
    }

    @Test
    void a_path_param_missing_from_the_template_fails_deployment() {
        assertProblems(WrongPathParamView.class, "FV-303 " + P + "WrongPathParamView#show(parameter 1):"
                + " @PathParam(\"key\") names no variable of the template /items/{id} (its variables are {id})."
                + " Use one of the template's variable names, or add {key} to the template.");
    }

    @Test
    void a_parameter_type_without_converter_fails_deployment_for_fields_and_parameters() {
        assertProblems(NoConverterView.class,
                "FV-305 " + P + "NoConverterView#map: Freshview cannot convert text to java.util.Map<java.lang.String, java.lang.String>.",
                "FV-305 " + P + "NoConverterView#show(parameter 1): Freshview cannot convert text to java.time.Duration.");
    }

    @Test
    void an_unsupported_return_type_fails_deployment() {
        assertProblems(BadReturnView.class, "FV-306 " + P + "BadReturnView#show: A handler cannot return"
                + " java.lang.Integer. Return org.freshview.Result, String (sent as text/plain) or void"
                + " (the handler writes the response itself).");
    }

    @Test
    void a_parameter_without_binding_annotation_fails_deployment() {
        assertProblems(UnboundParameterView.class, "FV-307 " + P + "UnboundParameterView#show(parameter 1):"
                + " The parameter of type java.lang.String has no binding annotation and is not an injectable type.");
    }

    @Test
    void a_default_value_of_the_wrong_form_fails_deployment() {
        assertProblems(BadDefaultView.class, "FV-308 " + P + "BadDefaultView#show(parameter 1):"
                + " @DefaultValue(\"ten\") does not convert to the parameter's type (expected an integer).");
    }

    @Test
    void two_binding_annotations_on_one_parameter_fail_deployment() {
        assertProblems(TwoSourcesView.class, "FV-309 " + P + "TwoSourcesView#save(parameter 1):"
                + " It has more than one binding annotation: @QueryParam, @FormParam.");
    }

    @Test
    void a_list_path_param_fails_deployment() {
        assertProblems(ListPathParamView.class, "FV-310 " + P + "ListPathParamView#show(parameter 1):"
                + " A @PathParam holds one value, so it cannot be a List.");
    }

    @Test
    void a_final_bound_field_fails_deployment() {
        assertProblems(FinalFieldView.class, "FV-311 " + P + "FinalFieldView#q: A bound field cannot be final.");
    }

    @Test
    void every_problem_of_a_view_is_reported_in_one_deployment() {
        assertProblems(ManyProblemsView.class,
                "FV-303 " + P + "ManyProblemsView#nope: @PathParam(\"nope\")",
                "FV-306 " + P + "ManyProblemsView#show: A handler cannot return java.lang.Object.",
                "FV-307 " + P + "ManyProblemsView#remove(parameter 1): The parameter of type java.lang.Object");
    }

    @View("/wrong-constraint")
    static class WrongConstraintView {
        @QueryParam("age")
        @jakarta.validation.constraints.Email
        int age;

        @POST
        public String save(@FormParam("tags") @jakarta.validation.constraints.Pattern(regexp = "[a-z]+") List<String> tags,
                           @FormParam("day") @jakarta.validation.constraints.Past java.time.LocalDate day,
                           @FormParam("when") @jakarta.validation.constraints.Past String when) {
            return "";
        }
    }

    abstract static class AbstractForm {
        @FormParam("name")
        String name;
    }

    static class WrongFieldForm {
        @FormParam("count")
        @jakarta.validation.constraints.NotBlank
        int count;

        @FormParam("when")
        Object when;
    }

    @View("/wrong-bean")
    static class WrongBeanView {
        @POST
        public String save(@jakarta.ws.rs.BeanParam AbstractForm form, @jakarta.ws.rs.BeanParam WrongFieldForm other) {
            return "";
        }
    }

    public static class SignupForm {
        @FormParam("email")
        @jakarta.validation.constraints.NotBlank
        @jakarta.validation.constraints.Email
        String email;

        @FormParam("age")
        @jakarta.validation.constraints.Min(18)
        Optional<Integer> age;
    }

    @View("/fine-form")
    static class FineFormView {
        @QueryParam("q")
        @jakarta.validation.constraints.Size(max = 10)
        String q;

        @POST
        public String save(@jakarta.ws.rs.BeanParam SignupForm signup, @FormParam("n") @jakarta.validation.constraints.Max(3) int n,
                           org.freshview.Form form) {
            return "";
        }
    }

    @Test
    void a_constraint_on_a_type_it_cannot_validate_fails_deployment() {
        assertProblems(WrongConstraintView.class,
                "FV-501 " + P + "WrongConstraintView#age: @Email cannot validate int: it applies to text (String,"
                        + " CharSequence). Remove @Email, or use a constraint made for int.",
                "FV-501 " + P + "WrongConstraintView#save(parameter 1): @Pattern cannot validate"
                        + " java.util.List<java.lang.String>: it applies to text (String, CharSequence). Remove @Pattern,"
                        + " or use a constraint made for java.util.List<java.lang.String>, or put it on the element type"
                        + " (List<@Pattern String>).",
                "FV-501 " + P + "WrongConstraintView#save(parameter 3): @Past cannot validate java.lang.String:"
                        + " it applies to java.time dates and times.");
    }

    @Test
    void a_form_object_freshview_cannot_create_or_bind_fails_deployment() {
        assertProblems(WrongBeanView.class,
                "FV-502 " + P + "WrongBeanView#save(parameter 1): The @BeanParam class " + P + "AbstractForm cannot"
                        + " be created by Freshview. Make it a concrete class (not an interface, abstract, inner or local"
                        + " class) with a constructor without parameters that is not private",
                "FV-501 " + P + "WrongFieldForm#count: @NotBlank cannot validate int",
                "FV-305 " + P + "WrongFieldForm#when: Freshview cannot convert text to java.lang.Object.");
    }

    @Test
    void a_view_with_constraints_a_form_object_and_a_form_parameter_deploys() {
        try (WeldContainer container = weld(FineFormView.class).initialize()) {
            assertNotNull(container.getBeanManager().getExtension(ViewExtension.class).dispatcher());
        }
    }

    @Test
    void a_correct_view_deploys_with_lists_optionals_defaults_and_an_unbound_variable() {
        try (WeldContainer container = weld(FineView.class).initialize()) {
            assertNotNull(container.getBeanManager().getExtension(ViewExtension.class).dispatcher());
        }
    }

    @Test
    void a_template_variable_bound_by_nothing_is_only_a_warning() {
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(ViewReader.class.getName());
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warnings.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try (WeldContainer container = weld(FineView.class).initialize()) {
            assertNotNull(container.getBeanManager().getExtension(ViewExtension.class).dispatcher());
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(List.of("WARNING FV-304 " + P + "FineView: The template variable {unused} of /fine/{id}/{unused}"
                + " is bound by no field or parameter. Bind it with @PathParam(\"unused\") if the view needs it;"
                + " this is only a warning."), warnings);
    }

    @Test
    void a_csrf_key_shorter_than_32_characters_fails_deployment() {
        System.setProperty(Setting.CSRF_KEY.key(), "too-short");
        try {
            assertProblems(FineView.class, "FV-312 system property freshview.csrf.key: The CSRF key has 9 characters;"
                    + " it needs at least 32.");
        } finally {
            System.clearProperty(Setting.CSRF_KEY.key());
        }
    }

    private static Weld weld(Class<?>... views) {
        return new Weld().disableDiscovery().addBeanClasses(views).addExtension(new ViewExtension());
    }

    private static void assertProblems(Class<?> view, String... expected) {
        DeploymentException failure = assertThrows(DeploymentException.class, () -> weld(view).initialize().close());
        String message = failure.getMessage();
        for (String part : expected) {
            assertTrue(message.contains(part), () -> "Expected\n  " + part + "\nin\n  " + message);
        }
        assertEquals(expected.length, countIds(message), message);
    }

    private static long countIds(String message) {
        return java.util.regex.Pattern.compile("FV-[35]\\d\\d ").matcher(message).results().count();
    }
}
