package org.freshview.it;

import org.freshview.it.served.CountingView;
import org.freshview.it.served.SafeCounter;
import org.freshview.it.served.SafeFilter;
import org.freshview.it.served.SafeListener;
import org.freshview.it.served.SafeServlet;
import org.freshview.it.served.SafeSingletonResource;
import org.freshview.it.served.SafeXmlServlet;
import org.freshview.it.served.UnsafeCounter;
import org.freshview.it.served.UnsafeFilter;
import org.freshview.it.served.UnsafeListener;
import org.freshview.it.served.UnsafeServlet;
import org.freshview.it.served.UnsafeSingletonResource;
import org.freshview.it.served.XmlServlet;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit reads what the container serves, not only what CDI discovers: in a WAR with
 * {@code bean-discovery-mode="annotated"} a servlet, a filter, a servlet declared in web.xml, a
 * listener and a {@code @Singleton} Jakarta REST resource are no CDI beans, yet each unsafe one is
 * reported, and its safe twin is not. Strict mode set by a context-param stops the application.
 */
@ExtendWith(ArquillianExtension.class)
class ServedClassesAuditIT {

    private static final String WARN = "served-warn";
    private static final String STRICT = "served-strict";

    private static final String FIX = " Keep the value in a local variable or a @RequestScoped bean, or use a"
            + " thread-safe type (an AtomicReference, AtomicLong, ...). If sharing is intended and safe, annotate"
            + " the field with @SharedStateReviewed(reason = \"...\").";

    private static final List<String> FINDINGS = List.of(
            finding(UnsafeServlet.class, "query (String)", "doGet()", "a servlet (the container keeps one instance for all requests)"),
            finding(XmlServlet.class, "query (String)", "doGet()", "a servlet (the container keeps one instance for all requests)"),
            finding(UnsafeFilter.class, "path (String)", "doFilter()", "a filter (the container keeps one instance for all requests)"),
            finding(UnsafeListener.class, "address (String)", "requestInitialized()",
                    "a listener (the container keeps one instance for all requests)"),
            finding(UnsafeSingletonResource.class, "name (String)", "hello()",
                    "a @Singleton Jakarta REST resource (one instance for all requests)"),
            finding(UnsafeCounter.class, "hits (int)", "hit()", "an @ApplicationScoped bean injected into the view "
                    + CountingView.class.getName() + " (one instance for all requests)"));

    private static final List<Class<?>> SAFE = List.of(SafeServlet.class, SafeXmlServlet.class, SafeFilter.class,
            SafeListener.class, SafeSingletonResource.class, SafeCounter.class);

    private static String finding(Class<?> type, String field, String method, String role) {
        return "FV-401 " + type.getName() + "#" + field.substring(0, field.indexOf(' ')) + ": The field " + field
                + " is written in " + method + ", but the class is " + role + ", so concurrent requests overwrite"
                + " each other's value." + FIX;
    }

    private static WebArchive war(String name, String contextParameters) {
        String webXml = """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                %s
                    <servlet><servlet-name>xml</servlet-name><servlet-class>%s</servlet-class></servlet>
                    <servlet-mapping><servlet-name>xml</servlet-name><url-pattern>/served/xml</url-pattern></servlet-mapping>
                    <servlet><servlet-name>safe-xml</servlet-name><servlet-class>%s</servlet-class></servlet>
                    <servlet-mapping><servlet-name>safe-xml</servlet-name><url-pattern>/served/safe-xml</url-pattern></servlet-mapping>
                </web-app>
                """.formatted(contextParameters, XmlServlet.class.getName(), SafeXmlServlet.class.getName());
        return Deployments.war(name, UnsafeServlet.class, SafeServlet.class, XmlServlet.class, SafeXmlServlet.class,
                        UnsafeFilter.class, SafeFilter.class, UnsafeListener.class, SafeListener.class,
                        UnsafeSingletonResource.class, SafeSingletonResource.class, UnsafeCounter.class,
                        SafeCounter.class, CountingView.class)
                .setWebXML(new StringAsset(webXml));
    }

    @Deployment(name = WARN, managed = false, testable = false)
    static WebArchive warn() {
        return war(WARN, "");
    }

    @Deployment(name = STRICT, managed = false, testable = false)
    static WebArchive strict() {
        return war(STRICT, "<context-param><param-name>freshview.audit</param-name>"
                + "<param-value>strict</param-value></context-param>");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void every_unsafe_class_the_container_serves_is_reported_and_no_safe_twin_is() throws Exception {
        TargetServer server = TargetServer.current();
        long mark = server.logMark();
        deployer.deploy(WARN);
        try {
            URL base = server.deploymentUri(WARN).toURL();
            assertEquals("unsafe=1 safe=1", Http.get(base, "served/count").body()); // the filter has started
            String log = server.logSince(mark, FINDINGS.get(FINDINGS.size() - 1));
            List<String> missing = FINDINGS.stream().filter(f -> !log.contains(f)).collect(Collectors.toList());
            assertEquals(List.of(), missing, () -> "not reported; the server log said\n" + log);
            List<String> safeReported = SAFE.stream().map(Class::getName)
                    .filter(name -> log.contains("FV-4") && log.lines().anyMatch(l -> l.contains("FV-4") && l.contains(name + "#")))
                    .collect(Collectors.toList());
            assertEquals(List.of(), safeReported);
        } finally {
            FailedDeployment.undeployQuietly(deployer, WARN);
        }
    }

    @Test
    void strict_mode_set_by_a_context_param_stops_the_application_with_the_findings() {
        String failure = FailedDeployment.of(deployer, STRICT);

        for (String finding : List.of(FINDINGS.get(0), FINDINGS.get(3))) {
            assertTrue(failure.contains(finding), () -> "expected the failure to contain\n  " + finding
                    + "\nbut it said\n" + failure);
        }
    }
}
