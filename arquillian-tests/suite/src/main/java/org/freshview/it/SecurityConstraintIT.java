package org.freshview.it;

import org.freshview.it.RoutingIT.Raw;
import org.freshview.it.views.routing.NotAViewServlet;
import org.freshview.it.views.security.AdminView;
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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A {@code <security-constraint>} on a view's URL pattern holds for every spelling of its URLs:
 * the container checks the constraint against the path it mapped, and a view runs only for that
 * path, so no spelling the container reads otherwise can reach the view unchecked.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityConstraintIT {

    private static final String WEB_XML = """
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="5.0">
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>administration</web-resource-name>
                        <url-pattern>/admin/*</url-pattern>
                    </web-resource-collection>
                    <auth-constraint>
                        <role-name>admin</role-name>
                    </auth-constraint>
                </security-constraint>
                <login-config>
                    <auth-method>BASIC</auth-method>
                    <realm-name>freshview</realm-name>
                </login-config>
                <security-role>
                    <role-name>admin</role-name>
                </security-role>
            </web-app>
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("secured", AdminView.class, NotAViewServlet.class).setWebXML(new StringAsset(WEB_XML));
    }

    @ArquillianResource
    URL base;

    private final TargetServer server = TargetServer.current();

    /** A spelling of a URL in the application, and the kind of suspicious path it is, if any. */
    private record Spelling(String path, SuspiciousPath kind) {
    }

    @Test
    void every_spelling_of_a_protected_url_is_challenged_and_never_reaches_the_view() {
        String context = base.getPath().substring(0, base.getPath().length() - 1);
        List<Spelling> spellings = List.of(
                new Spelling(context + "/admin/x", null),
                new Spelling(context + ";x/admin/x", SuspiciousPath.CONTEXT_PATH_PARAMETER),
                new Spelling(RoutingIT.spelledWithAnEscape(context + "/") + "admin/x", null),
                new Spelling(context + "/admin;x/x", null),
                new Spelling(context + "/admin/x;x", null),
                new Spelling(context + "/%61dmin/x", null),
                new Spelling(context + ";x/%61dmin;y/x", SuspiciousPath.CONTEXT_PATH_PARAMETER),
                new Spelling(context + "/./admin/x", null),
                new Spelling(context + "/x/../admin/x", null),
                new Spelling(context + "/%2e/admin/x", SuspiciousPath.ENCODED_DOT_SEGMENT),
                new Spelling(context + "/x/%2e%2e/admin/x", SuspiciousPath.ENCODED_DOT_SEGMENT),
                new Spelling(context + "/admin/%2E%2E/admin/x", SuspiciousPath.ENCODED_DOT_SEGMENT),
                new Spelling(context + "//admin/x", SuspiciousPath.EMPTY_SEGMENT),
                new Spelling(context + "/admin//x", SuspiciousPath.EMPTY_SEGMENT));
        List<String> failures = new ArrayList<>();
        for (Spelling spelling : spellings) {
            Raw response = Raw.getPath(base, spelling.path());
            Integer refused = spelling.kind() == null ? null : server.answeredByTheContainer().get(spelling.kind());
            if (spelling.kind() == SuspiciousPath.CONTEXT_PATH_PARAMETER && server.constrainsContextPathParameterSpellings()) {
                refused = null;
            }
            int expected = refused == null ? 401 : refused;
            if (response.status() != expected || response.body().startsWith("admin page")) {
                failures.add(spelling.path() + " answered " + response.status() + " " + Http.abbreviate(response.body())
                        + ", expected " + expected);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void a_spelling_the_container_maps_elsewhere_goes_on_to_the_container() {
        String context = base.getPath().substring(0, base.getPath().length() - 1);
        List<Spelling> spellings = List.of(
                new Spelling(context + "/ADMIN/x", null),
                new Spelling(context + "/Admin/x", null),
                new Spelling(context + ";admin/x", SuspiciousPath.CONTEXT_PATH_PARAMETER),
                new Spelling(context + "/admin%2Fx", SuspiciousPath.ENCODED_SLASH),
                new Spelling(context + "/admin%5Cx", SuspiciousPath.ENCODED_BACKSLASH));
        List<String> failures = new ArrayList<>();
        for (Spelling spelling : spellings) {
            Raw response = Raw.getPath(base, spelling.path());
            Integer refused = spelling.kind() == null ? null : server.answeredByTheContainer().get(spelling.kind());
            // a container that reads %2F as '/' maps /admin%2Fx to /admin/x, and its constraint applies
            boolean challenged = spelling.kind() == SuspiciousPath.ENCODED_SLASH && server.decodesEncodedSlash()
                    || spelling.kind() == SuspiciousPath.CONTEXT_PATH_PARAMETER && server.constrainsContextPathParameterSpellings();
            if (challenged) {
                refused = null;
            }
            boolean asExpected = refused != null ? response.status() == refused
                    : challenged ? response.status() == 401
                    : response.status() == 404 && response.body().startsWith("not a view: ");
            if (!asExpected || response.body().startsWith("admin page")) {
                failures.add(spelling.path() + " answered " + response.status() + " " + Http.abbreviate(response.body())
                        + (refused != null ? ", expected " + refused : challenged ? ", expected 401" : ", expected 404 not a view: ..."));
            }
        }
        assertEquals(List.of(), failures);
    }
}
