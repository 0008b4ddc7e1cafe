package org.freshview.internal.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SettingsTest {

    @TempDir
    Path classes;

    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, String> contextParameters = new HashMap<>();

    @AfterEach
    void clearProperties() {
        for (Setting setting : Setting.values()) {
            System.clearProperty(setting.key());
        }
    }

    /** An application class loader that sees a freshview.properties and this test's MicroProfile Config API. */
    private ClassLoader applicationWith(String properties) throws IOException {
        Files.writeString(classes.resolve(Settings.FILE), properties);
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, SettingsTest.class.getClassLoader());
    }

    private Optional<SettingValue> find(ClassLoader application, Setting setting) {
        return Settings.of(application, environment::get, contextParameters::get).find(setting);
    }

    @Test
    void sources_are_asked_in_the_documented_order_and_the_first_that_has_the_setting_wins() throws IOException {
        ClassLoader application = applicationWith("freshview.trailingSlash=file\n");
        System.setProperty("freshview.trailingSlash", "property");
        environment.put("FRESHVIEW_TRAILINGSLASH", "environment");
        contextParameters.put("freshview.trailingSlash", "context");
        List<String> found = new ArrayList<>();
        try (TestConfig config = TestConfig.install(Map.of("freshview.trailingSlash", "microprofile"))) {
            found.add(find(application, Setting.TRAILING_SLASH).orElseThrow().toString());
            System.clearProperty("freshview.trailingSlash");
            found.add(find(application, Setting.TRAILING_SLASH).orElseThrow().toString());
            environment.clear();
            found.add(find(application, Setting.TRAILING_SLASH).orElseThrow().toString());
        }
        found.add(find(application, Setting.TRAILING_SLASH).orElseThrow().toString());
        contextParameters.clear();
        found.add(find(application, Setting.TRAILING_SLASH).orElseThrow().toString());

        assertEquals(List.of(
                "SettingValue[setting=TRAILING_SLASH, text=property, source=system property freshview.trailingSlash]",
                "SettingValue[setting=TRAILING_SLASH, text=environment, source=environment variable FRESHVIEW_TRAILINGSLASH]",
                "SettingValue[setting=TRAILING_SLASH, text=microprofile, source=MicroProfile Config property freshview.trailingSlash]",
                "SettingValue[setting=TRAILING_SLASH, text=context, source=context-param freshview.trailingSlash]",
                "SettingValue[setting=TRAILING_SLASH, text=file, source=freshview.properties key freshview.trailingSlash]"),
                found);
    }

    @Test
    void no_source_means_no_value() throws IOException {
        assertEquals(Optional.empty(), find(applicationWith(""), Setting.CSRF_KEY));
    }

    @Test
    void environment_variables_are_named_as_micro_profile_config_maps_them() throws IOException {
        ClassLoader application = applicationWith("");
        List<String> sources = new ArrayList<>();
        for (String name : List.of("freshview.csrf.key", "freshview_csrf_key", "FRESHVIEW_CSRF_KEY")) {
            environment.clear();
            environment.put(name, "k");
            sources.add(find(application, Setting.CSRF_KEY).orElseThrow().source());
        }
        environment.put("FRESHVIEW_CSRF_KEY", "k");
        environment.put("freshview.csrf.key", "exact");

        assertEquals(List.of("environment variable freshview.csrf.key", "environment variable freshview_csrf_key",
                "environment variable FRESHVIEW_CSRF_KEY"), sources);
        assertEquals("exact", find(application, Setting.CSRF_KEY).orElseThrow().text());
        assertEquals("FRESHVIEW_CSRF_KEY", Setting.CSRF_KEY.environmentVariable());
        assertEquals("FRESHVIEW_TRAILINGSLASH", Setting.TRAILING_SLASH.environmentVariable());
    }

    @Test
    void a_setting_read_before_the_servlet_context_exists_skips_the_context_param_and_says_where_to_set_it()
            throws IOException {
        ClassLoader application = applicationWith("freshview.csrf.key=from-the-file\n");
        contextParameters.put("freshview.csrf.key", "from-web-xml");
        contextParameters.put("freshview.audit", "strict");
        Settings settings = Settings.of(application, environment::get, contextParameters::get);

        assertEquals("freshview.properties key freshview.csrf.key", settings.find(Setting.CSRF_KEY).orElseThrow().source());
        assertEquals("context-param freshview.audit", settings.find(Setting.AUDIT).orElseThrow().source());
        assertEquals(List.of("The context-param freshview.csrf.key has no effect: Freshview reads it while CDI boots,"
                + " before the servlet context exists. Set it as the system property freshview.csrf.key, the"
                + " environment variable FRESHVIEW_CSRF_KEY, a MicroProfile Config property, or in"
                + " WEB-INF/classes/freshview.properties."), settings.contextParametersReadTooLate());
    }

    @Test
    void before_the_servlet_context_exists_no_context_param_is_reported_as_ignored() throws IOException {
        Settings settings = Settings.of(applicationWith(""), environment::get, null);

        assertEquals(List.of(), settings.contextParametersReadTooLate());
    }

    @Test
    void an_application_without_micro_profile_config_reads_the_other_sources() throws IOException {
        Files.writeString(classes.resolve(Settings.FILE), "freshview.audit=off\n");
        ClassLoader withoutApi = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);

        assertEquals("off", Settings.beforeServletContext(withoutApi).find(Setting.AUDIT).orElseThrow().text());
    }

    @Test
    void micro_profile_config_api_without_an_implementation_is_skipped() throws IOException {
        // No TestConfig installed: the API finds no ConfigProviderResolver and throws.
        assertEquals("off", find(applicationWith("freshview.audit=off\n"), Setting.AUDIT).orElseThrow().text());
    }
}
