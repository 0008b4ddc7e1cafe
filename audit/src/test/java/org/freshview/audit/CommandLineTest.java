package org.freshview.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    private static final String F = "org.freshview.audit.fixtures.";

    /** Every unsafe fixture class, by class#field; none of the safe twins. */
    static final Set<String> UNSAFE = new TreeSet<>(List.of(
            F + "JavaxFixtures$UnsafeServlet#count", F + "JavaxFixtures$UnsafeFilter#lastUser",
            F + "JavaxFixtures$UnsafeListener#current", F + "JavaxFixtures$UnsafeSingletonResource#query",
            F + "JavaxFixtures$UnsafeProvider#path", F + "JavaxFixtures$UnsafeCache#entries",
            F + "JakartaFixtures$UnsafeServlet#count", F + "JakartaFixtures$UnsafeFilter#lastUser",
            F + "JakartaFixtures$UnsafeListener#current", F + "JakartaFixtures$UnsafeSingletonResource#query",
            F + "JakartaFixtures$UnsafeProvider#path", F + "JakartaFixtures$UnsafeCache#entries",
            F + "SpringFixtures$UnsafeRestController#lastQuery", F + "SpringFixtures$UnsafeService#format",
            F + "SpringFixtures$UnsafeRepository#saved", F + "StrutsFixtures$UnsafeStruts1Action#form",
            F + "StrutsFixtures$SpringSingletonStruts2Action#name"));

    @TempDir
    Path directory;

    private record Result(int status, String out, String err) {
    }

    private static Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int status = Main.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The class#field of every finding line of a text report. */
    static Set<String> findings(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("^  FV-40\\d (\\S+) .*$", Pattern.MULTILINE).matcher(text);
        String currentClass = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith(" ") && line.contains(": ") && !line.startsWith("Freshview audit")) {
                currentClass = line.substring(0, line.indexOf(": "));
            }
            Matcher finding = Pattern.compile("^  FV-40\\d (\\w+)").matcher(line);
            if (finding.find()) {
                found.add(currentClass + "#" + finding.group(1));
            }
        }
        assertTrue(matcher.find() || found.isEmpty());
        return found;
    }

    @Test
    void a_war_in_both_namespaces_reports_every_unsafe_class_and_no_safe_twin() throws IOException {
        Result result = run(TestArchives.war(directory));
        assertEquals(0, result.status(), result.err());
        assertEquals(UNSAFE, findings(result.out()), result.out());
    }

    @Test
    void the_text_report_groups_by_class_with_the_method_of_the_write_and_the_fix() throws IOException {
        String out = run(TestArchives.war(directory)).out();
        assertTrue(out.startsWith("Freshview audit of " + directory.resolve("app.war") + ": "), out);
        assertTrue(out.contains("; 17 findings in 17 classes.\n"), out);
        assertTrue(out.contains("\n" + F + "JavaxFixtures$UnsafeServlet: a servlet (the container keeps one instance for"
                + " all requests)\n  FV-401 count (JavaxFixtures.java:"), out);
        assertTrue(out.contains("): The field count (int) is written in doGet(), but the class is a servlet (the container"
                + " keeps one instance for all requests), so concurrent requests overwrite each other's value.\n"
                + "    Fix: Keep the value in a local variable or a @RequestScoped bean, or use a thread-safe type"), out);
        assertTrue(out.contains("\n" + F + "SpringFixtures$UnsafeService: a Spring @Service without a narrower @Scope"
                + " (a singleton: one instance for all requests)\n  FV-403 format"), out);
        assertTrue(out.contains("\n" + F + "StrutsFixtures$UnsafeStruts1Action: a Struts 1 Action (the ActionServlet"
                + " keeps one instance for all requests)\n  FV-401 form"), out);
    }

    @Test
    void an_ear_and_a_directory_of_classes_are_read_like_the_war() throws IOException {
        Path war = TestArchives.war(directory);
        assertEquals(UNSAFE, findings(run(TestArchives.ear(directory, war)).out()));
        assertEquals(UNSAFE, findings(run(TestArchives.testClasses().resolve("org/freshview/audit/fixtures")
                .getParent().getParent().getParent().getParent(), "--package", "org.freshview.audit.fixtures").out())
                .stream().filter(f -> !f.contains("LibraryServlet") && !f.contains(".patterns.")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void libraries_are_audited_only_when_asked() throws IOException {
        Path war = TestArchives.war(directory);
        Set<String> withLibraries = findings(run(war, "--include-libraries").out());
        assertTrue(withLibraries.contains(F + "LibraryServlet#last"), withLibraries.toString());
        assertEquals(UNSAFE.size() + 1, withLibraries.size());
    }

    @Test
    void package_filters_audit_only_those_packages() throws IOException {
        assertEquals(Set.of(), findings(run(TestArchives.war(directory), "--package", "com.example").out()));
    }

    @Test
    void fail_on_findings_exits_with_1_when_there_are_findings_and_0_when_there_are_none() throws IOException {
        Path war = TestArchives.war(directory);
        assertEquals(1, run(war, "--fail-on-findings").status());
        Path safe = TestArchives.war(directory, "safe.war", entry -> !entry.contains("Unsafe")
                && !entry.contains("SpringSingleton") && !entry.contains("/patterns/"));
        Result result = run(safe, "--fail-on-findings");
        assertEquals(0, result.status(), result.out());
        assertTrue(result.out().contains("; 0 findings in 0 classes."), result.out());
    }

    @Test
    void an_own_annotation_named_SharedStateReviewed_suppresses_the_finding() throws IOException {
        Path reviewed = TestArchives.war(directory, "reviewed.war", entry -> entry.contains("legacy/"));
        Result result = run(reviewed, "--fail-on-findings");
        assertEquals(0, result.status(), result.out());
        assertTrue(result.out().contains("1 shared classes audited"), result.out());
    }

    @Test
    void a_baseline_suppresses_the_findings_it_lists_by_class_and_field() throws IOException {
        Path war = TestArchives.war(directory);
        Path baseline = directory.resolve("baseline.txt");
        Files.writeString(baseline, "# accepted\n" + F + "JavaxFixtures$UnsafeServlet#count\n"
                + F + "SpringFixtures$UnsafeService#format\n");
        Result result = run(war, "--baseline", baseline);
        Set<String> expected = new TreeSet<>(UNSAFE);
        expected.remove(F + "JavaxFixtures$UnsafeServlet#count");
        expected.remove(F + "SpringFixtures$UnsafeService#format");
        assertEquals(expected, findings(result.out()));
        assertTrue(result.out().contains("; 15 findings in 15 classes (2 accepted by the baseline)."), result.out());
    }

    @Test
    void a_written_baseline_accepts_every_current_finding() throws IOException {
        Path war = TestArchives.war(directory);
        Path baseline = directory.resolve("baseline.txt");
        assertEquals(1, run(war, "--write-baseline", baseline, "--fail-on-findings").status());
        Result result = run(war, "--baseline", baseline, "--fail-on-findings");
        assertEquals(0, result.status(), result.out());
        assertTrue(result.out().contains("; 0 findings in 0 classes (17 accepted by the baseline)."), result.out());
    }

    @Test
    void bad_arguments_and_missing_files_exit_with_2_and_say_why() {
        Result missing = run(directory.resolve("missing.war"));
        assertEquals(2, missing.status());
        assertEquals("freshview-audit: " + directory.resolve("missing.war") + " does not exist\n", missing.err());
        Result format = run("--format", "xml", "app.war");
        assertEquals(2, format.status());
        assertTrue(format.err().startsWith("freshview-audit: --format is xml; expected text or sarif\nUsage:"), format.err());
    }
}
