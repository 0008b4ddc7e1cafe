package org.freshview.internal.cdi;

import org.freshview.internal.audit.AuditMode;
import org.freshview.internal.audit.SharedClass;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Setting;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The second half of the audit: what the servlet container serves, handed to the extension when
 * the application starts, after CDI booted. Each class once; strict at start fails with everything.
 */
class ServedClassesAtStartTest {

    private static final String COUNTER = "FV-401 " + SharedStateAuditBootTest.CounterResource.class.getName()
            + "#count: The field count (int) is written in next(), but the class is an @ApplicationScoped Jakarta"
            + " REST resource (one instance for all requests), so concurrent requests overwrite each other's value."
            + " Keep the value in a local variable or a @RequestScoped bean, or use a thread-safe type (an"
            + " AtomicReference, AtomicLong, ...). If sharing is intended and safe, annotate the field with"
            + " @SharedStateReviewed(reason = \"...\").";

    private static final String SERVLET = "FV-401 " + SharedStateAuditBootTest.LastVisitorServlet.class.getName()
            + "#lastVisitor: The field lastVisitor (String) is written in doGet(), but the class is a servlet (the"
            + " container keeps one instance for all requests), so concurrent requests overwrite each other's value."
            + " Keep the value in a local variable or a @RequestScoped bean, or use a thread-safe type (an"
            + " AtomicReference, AtomicLong, ...). If sharing is intended and safe, annotate the field with"
            + " @SharedStateReviewed(reason = \"...\").";

    /** The servlet as the container's registrations show it (CDI never saw it), and the resource CDI saw. */
    private static final List<SharedClass> SERVED = List.of(
            new SharedClass(SharedStateAuditBootTest.LastVisitorServlet.class.getName(),
                    ServedClassesAtStartTest.class.getClassLoader(),
                    "a servlet (the container keeps one instance for all requests)"),
            new SharedClass(SharedStateAuditBootTest.CounterResource.class.getName(),
                    ServedClassesAtStartTest.class.getClassLoader(), "a provider (should not be audited twice)"));

    @AfterEach
    void clearMode() {
        System.clearProperty(Setting.AUDIT.key());
    }

    private record Outcome(List<String> warnings, List<String> failing) {
    }

    private static Outcome start(AuditMode modeAtStart) {
        try (LogRecords log = LogRecords.of("org.freshview.audit", Level.ALL);
             WeldContainer container = Boot.weld(SharedStateAuditBootTest.CounterResource.class).initialize()) {
            ViewExtension extension = container.getBeanManager().getExtension(ViewExtension.class);
            List<Diagnostic> failing = extension.auditServedClasses(SERVED, modeAtStart);
            return new Outcome(log.messages(Level.WARNING), failing.stream().map(Diagnostic::toString).toList());
        }
    }

    @Test
    void a_served_class_cdi_did_not_see_is_reported_at_start_and_a_class_cdi_saw_is_not_reported_again() {
        Outcome outcome = start(AuditMode.WARN);

        assertEquals(List.of(COUNTER, SERVLET), outcome.warnings());
        assertEquals(List.of(), outcome.failing());
    }

    @Test
    void strict_only_at_start_fails_with_the_findings_logged_at_boot_and_the_served_ones() {
        Outcome outcome = start(AuditMode.STRICT);

        assertEquals(List.of(COUNTER), outcome.warnings());
        assertEquals(List.of(COUNTER, SERVLET), outcome.failing());
    }

    @Test
    void off_at_boot_and_strict_at_start_audits_the_beans_at_start() {
        System.setProperty(Setting.AUDIT.key(), "off");

        Outcome outcome = start(AuditMode.STRICT);

        assertEquals(List.of(), outcome.warnings());
        assertEquals(List.of(COUNTER, SERVLET), outcome.failing());
    }

    @Test
    void off_at_start_reports_nothing_more() {
        assertEquals(List.of(COUNTER), start(AuditMode.OFF).warnings());
    }
}
