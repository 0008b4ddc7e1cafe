package org.freshview.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The false positives found on real applications (docs/audit-results.md), one fixture each: none
 * may come back.
 */
class FalsePositivePatternsTest {

    @TempDir
    Path directory;

    private String audit(String fixture) throws IOException {
        Path war = TestArchives.war(directory, fixture + ".war", entry -> entry.contains("patterns/" + fixture));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {war.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_setter_of_a_servlet_is_configuration_not_a_request() throws IOException {
        String report = audit("ServletWithSetter");
        assertTrue(report.contains("1 shared classes audited") && report.contains("; 0 findings in 0 classes."), report);
    }

    @Test
    void a_setter_of_a_spring_controller_is_configuration_not_a_request() throws IOException {
        String report = audit("ControllerWithSetter");
        assertTrue(report.contains("1 shared classes audited") && report.contains("; 0 findings in 0 classes."), report);
    }

    @Test
    void a_protected_hook_that_init_calls_and_a_method_no_request_calls_are_not_request_work() throws IOException {
        String report = audit("FrameworkFilter");
        assertTrue(report.contains("1 shared classes audited") && report.contains("; 0 findings in 0 classes."), report);
    }

    @Test
    void an_async_listener_is_made_per_request_and_is_not_shared() throws IOException {
        String report = audit("PerRequestAsyncListener");
        assertTrue(report.contains("0 shared classes audited"), report);
    }

    @Test
    void a_collection_changed_holding_a_lock_is_guarded() throws IOException {
        String report = audit("GuardedCache");
        assertTrue(report.contains("1 shared classes audited") && report.contains("; 0 findings in 0 classes."), report);
    }

    @Test
    void a_public_method_the_constructor_of_a_spring_bean_calls_is_configuration() throws IOException {
        String report = audit("ConverterRegistry");
        assertTrue(report.contains("1 shared classes audited") && report.contains("; 0 findings in 0 classes."), report);
    }

    /** Not a false positive: the recall the container-entry rule keeps, through a virtual call. */
    @Test
    void a_write_in_an_override_that_the_request_method_calls_is_found() throws IOException {
        String report = audit("TemplateMethodServlet");
        assertTrue(report.contains("\norg.freshview.audit.fixtures.patterns.TemplateMethodServlet$RememberingServlet: a servlet"
                + " (the container keeps one instance for all requests)\n  FV-401 lastPath (TemplateMethodServlet.java:23):"
                + " The field lastPath (String) is written in handle() (called from doGet()),"), report);
    }
}
