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
        Path war = TestArchives.war(directory, fixture + ".war", entry -> entry.endsWith("patterns/" + fixture + ".class"));
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
}
