package org.freshview.it;

import org.freshview.it.views.Busy;
import org.freshview.it.views.EchoFieldsView;
import org.freshview.it.views.SharedFieldsServlet;
import org.freshview.testkit.IsolationCheck;
import org.freshview.testkit.IsolationReport;
import org.freshview.testkit.ValueIn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A few seconds of the load harness's isolation soak (benchmarks/load/run.sh), so it cannot rot:
 * the view shows no leak, and the same code as a servlet does.
 */
@ExtendWith(ArquillianExtension.class)
class IsolationSmokeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("isolation", EchoFieldsView.class, SharedFieldsServlet.class, Busy.class);
    }

    @ArquillianResource
    URL base;

    /**
     * The time limit only stops a server that hangs: a slow server that answers fewer requests in
     * it still passes, so long as it answered every request it was sent, and enough of them to
     * mean something (a leak of request fields shows within a few dozen concurrent requests).
     */
    @Test
    void a_view_with_path_query_header_and_form_values_in_fields_leaks_nothing_under_concurrent_load() {
        IsolationReport report = check("echo-fields", 3_000);

        assertEquals(0, report.leaked(), report.summary());
        assertEquals(0, report.failed(), report.summary());
        assertEquals(report.sent(), report.answered(), report.summary());
        assertTrue(report.sent() >= 500, report.summary());
    }

    /** Cannot pass by luck, nor fail by it: the servlet waits for another request to overwrite its fields. */
    @Test
    void the_same_fields_in_a_servlet_leak_and_the_check_reports_it() {
        IsolationReport report = check("shared-fields", 1_000);

        assertTrue(report.leaked() > 0, report.summary());
        assertEquals(0, report.failed(), report.summary());
    }

    private IsolationReport check(String path, int requests) {
        return IsolationCheck.against(Http.resolve(base, path))
                .requests(requests)
                .concurrency(32)
                .distinctValue(ValueIn.lastPathSegment(), ValueIn.query("q"), ValueIn.header("X-Value"), ValueIn.form("f"))
                .within(Duration.ofMinutes(3))
                .run();
    }
}
