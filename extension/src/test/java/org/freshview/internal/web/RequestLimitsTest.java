package org.freshview.internal.web;

import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLimitsTest {

    @TempDir
    Path classes;

    private final List<Diagnostic> problems = new ArrayList<>();

    @AfterEach
    void clearProperty() {
        System.clearProperty(Setting.MAX_PARAMETERS.key());
    }

    private Settings applicationWith(String properties) throws IOException {
        Files.writeString(classes.resolve(Settings.FILE), properties);
        return Settings.beforeServletContext(new URLClassLoader(new URL[] {classes.toUri().toURL()}, null));
    }

    @Test
    void without_any_setting_a_request_may_send_1000_parameters() {
        RequestLimits limits = RequestLimits.load(Settings.beforeServletContext(new URLClassLoader(new URL[0], null)), problems);

        assertEquals(1000, limits.maxParameters);
        assertEquals("Bad Request: the query string has more than 1000 parameters.",
                limits.tooManyQueryParameters.getMessage());
        assertEquals(400, limits.tooManyQueryParameters.status());
        assertEquals("Content Too Large: the form has more than 1000 fields.", limits.tooManyFormFields.getMessage());
        assertEquals(413, limits.tooManyFormFields.status());
        assertTrue(problems.isEmpty());
    }

    @Test
    void freshview_properties_on_the_application_class_path_sets_the_limit() throws IOException {
        assertEquals(5000, RequestLimits.load(applicationWith("freshview.maxParameters = 5000\n"), problems).maxParameters);
    }

    @Test
    void the_system_property_wins_over_the_file() throws IOException {
        System.setProperty(Setting.MAX_PARAMETERS.key(), "20");

        assertEquals(20, RequestLimits.load(applicationWith("freshview.maxParameters=5000\n"), problems).maxParameters);
    }

    @Test
    void a_value_that_is_not_a_positive_number_fails_the_deployment_with_fv_313() throws IOException {
        RequestLimits.load(applicationWith("freshview.maxParameters=0\n"), problems);
        RequestLimits.load(applicationWith("freshview.maxParameters=lots\n"), problems);

        String fix = " Set it to a positive whole number, the largest number of parameters a request may send,"
                + " for example 1000 (the default).";
        assertEquals(List.of(
                "FV-313 freshview.properties key freshview.maxParameters: The value \"0\" is not one this setting"
                        + " takes." + fix,
                "FV-313 freshview.properties key freshview.maxParameters: The value \"lots\" is not one this setting"
                        + " takes." + fix),
                problems.stream().map(Diagnostic::toString).toList());
    }
}
