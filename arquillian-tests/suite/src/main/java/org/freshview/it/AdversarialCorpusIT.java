package org.freshview.it;

import org.freshview.it.views.BindingView;
import org.freshview.it.views.Busy;
import org.freshview.it.views.CsrfFormView;
import org.freshview.it.views.EchoFieldsView;
import org.freshview.it.views.PostCounter;
import org.freshview.it.views.Size;
import org.freshview.it.views.redirects.RedirectingView;
import org.freshview.it.views.routing.EchoLiteralView;
import org.freshview.it.views.routing.FilesView;
import org.freshview.it.views.routing.PathEchoView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends every request of the project's adversarial corpus ({@code adversarial-corpus.txt}: paths,
 * methods, headers, bodies, redirect targets) to a WAR of representative views: echoes, a
 * catch-all, a redirect handler, a CSRF-protected form. Every response keeps the promises of
 * {@link CorpusPromises}, and the case's own status and Location where it names one.
 *
 * <p>A case marked with an issue item depends on work merged separately: it is sent and its
 * outcome printed, but not asserted, until the mark is removed.
 *
 * <p>A case the server module pins as answered by the container is held to that status instead;
 * where that status is a 5xx, which Freshview's own failure would have too, also to the
 * container's exact body and to the cause the container logs ({@link ContainerFailure}).
 */
@ExtendWith(ArquillianExtension.class)
class AdversarialCorpusIT {

    static final String CORPUS = "adversarial-corpus.txt";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("corpus", PathEchoView.class, EchoLiteralView.class, FilesView.class,
                        EchoFieldsView.class, Busy.class, BindingView.class, Size.class, RedirectingView.class,
                        CsrfFormView.class, PostCounter.class)
                .addAsWebResource(new StringAsset("<form method=\"post\">${csrf.hiddenField}<input name=\"title\"></form>"),
                        "WEB-INF/form.jsp");
    }

    @ArquillianResource
    URL base;

    @Test
    void the_corpus_names_each_case_once() {
        List<CorpusCase> cases = CorpusCase.load(CORPUS);

        assertEquals(cases.size(), cases.stream().map(CorpusCase::id).distinct().count());
        assertTrue(cases.size() > 80, "cases: " + cases.size());
    }

    @Test
    void no_hostile_request_gets_a_5xx_internals_reflected_markup_or_a_location_outside_the_application() {
        List<String> failures = new ArrayList<>();
        TargetServer server = TargetServer.current();
        Map<String, Integer> byTheContainer = server.corpusCasesAnsweredByTheContainer();
        Map<String, ContainerFailure> failedByTheContainer = server.corpusCasesFailedByTheContainer();
        for (CorpusCase request : CorpusCase.load(CORPUS)) {
            if (Integer.valueOf(0).equals(byTheContainer.get(request.id()))) {
                System.out.println("[corpus] not sent, the container waits for it without answering: " + request);
                continue;
            }
            ContainerFailure failure = failedByTheContainer.get(request.id());
            long mark = failure == null ? 0 : server.logMark();
            RawHttp.Response response = RawHttp.send(base, request.method(), request.target(base),
                    request.headers(base), request.body());
            Integer containers = byTheContainer.get(request.id());
            List<String> broken = containers == null ? CorpusPromises.broken(request, response, base)
                    : response.status() != containers
                    ? List.of("status " + response.status() + " instead of the container's " + containers)
                    : failure == null ? List.of() : failure.brokenBy(response, server, mark);
            String outcome = request + ": " + response.status() + (broken.isEmpty() ? "" : " " + broken);
            System.out.println("[corpus] " + (request.depends() != null ? "pending on " + request.depends() + ": " : "")
                    + outcome);
            if (request.depends() == null && !broken.isEmpty()) {
                failures.add(outcome + "\n" + Http.abbreviate(response.body()));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " case(s) broke a promise:\n" + String.join("\n", failures));
    }
}
