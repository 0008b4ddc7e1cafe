package org.freshview.it;

import org.freshview.it.served.CountingView;
import org.freshview.it.served.SafeCounter;
import org.freshview.it.served.SafeFilter;
import org.freshview.it.served.SafeListener;
import org.freshview.it.served.SafeServlet;
import org.freshview.it.served.SafeSingletonResource;
import org.freshview.it.served.SafeXmlListener;
import org.freshview.it.served.SafeXmlServlet;
import org.freshview.it.served.UnsafeCounter;
import org.freshview.it.served.UnsafeFilter;
import org.freshview.it.served.UnsafeListener;
import org.freshview.it.served.UnsafeServlet;
import org.freshview.it.served.UnsafeSingletonResource;
import org.freshview.it.served.XmlListener;
import org.freshview.it.served.XmlServlet;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit reads what the container serves, not only what CDI discovers: in a WAR with
 * {@code bean-discovery-mode="annotated"} and in one without {@code beans.xml}, a servlet, a
 * filter, a servlet declared in web.xml, a listener and a {@code @Singleton} Jakarta REST resource
 * are no CDI beans, yet each unsafe one is reported, and its safe twin is not; so is an
 * {@code @ApplicationScoped} bean a view injects. Strict mode stops the application through each
 * settings source: a context-param, {@code freshview.properties}, a system property.
 */
@ExtendWith(ArquillianExtension.class)
class ServedClassesAuditIT {

    private static final String ANNOTATED = "served-annotated";
    private static final String NO_BEANS_XML = "served-no-beans-xml";
    private static final String STRICT_BY_CONTEXT_PARAM = "served-strict-param";
    private static final String STRICT_BY_PROPERTIES = "served-strict-properties";
    private static final String STRICT_BY_SYSTEM_PROPERTY = "served-strict-system";

    private static final String STARTUP_FAILURE = "Freshview did not start: the shared-state audit is strict and found:";

    private static final String FIX = " Keep the value in a local variable or a @RequestScoped bean, or use a"
            + " thread-safe type (an AtomicReference, AtomicLong, ...). If sharing is intended and safe, annotate"
            + " the field with @SharedStateReviewed(reason = \"...\").";

    /** What the container serves: found from the servlet context whatever CDI discovered. */
    private static final List<String> SERVED_FINDINGS = List.of(
            finding(UnsafeServlet.class, "query (String)", "doGet()", "a servlet (the container keeps one instance for all requests)"),
            finding(XmlServlet.class, "query (String)", "doGet()", "a servlet (the container keeps one instance for all requests)"),
            finding(UnsafeFilter.class, "path (String)", "doFilter()", "a filter (the container keeps one instance for all requests)"),
            finding(UnsafeListener.class, "address (String)", "requestInitialized()",
                    "a listener (the container keeps one instance for all requests)"),
            finding(XmlListener.class, "protocol (String)", "requestInitialized()",
                    "a listener (the container keeps one instance for all requests)"),
            finding(UnsafeSingletonResource.class, "name (String)", "hello()",
                    "a @Singleton Jakarta REST resource (one instance for all requests)"));

    private static final String BEAN_FINDING = finding(UnsafeCounter.class, "hits (int)", "hit()",
            "an @ApplicationScoped bean injected into the view " + CountingView.class.getName()
                    + " (one instance for all requests)");

    private static final List<Class<?>> SAFE = List.of(SafeServlet.class, SafeXmlServlet.class, SafeFilter.class,
            SafeListener.class, SafeXmlListener.class, SafeSingletonResource.class, SafeCounter.class);

    private static final Class<?>[] SERVED = {UnsafeServlet.class, SafeServlet.class, XmlServlet.class,
            SafeXmlServlet.class, UnsafeFilter.class, SafeFilter.class, UnsafeListener.class, SafeListener.class,
            XmlListener.class, SafeXmlListener.class, UnsafeSingletonResource.class, SafeSingletonResource.class};

    private static final Class<?>[] VIEW_AND_BEANS = {UnsafeCounter.class, SafeCounter.class, CountingView.class};

    private static String finding(Class<?> type, String field, String method, String role) {
        return "FV-401 " + type.getName() + "#" + field.substring(0, field.indexOf(' ')) + ": The field " + field
                + " is written in " + method + ", but the class is " + role + ", so concurrent requests overwrite"
                + " each other's value." + FIX;
    }

    private static WebArchive war(String name, String contextParameters, Class<?>... classes) {
        String webXml = """
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                %s
                    <servlet><servlet-name>xml</servlet-name><servlet-class>%s</servlet-class></servlet>
                    <servlet-mapping><servlet-name>xml</servlet-name><url-pattern>/served/xml</url-pattern></servlet-mapping>
                    <servlet><servlet-name>safe-xml</servlet-name><servlet-class>%s</servlet-class></servlet>
                    <servlet-mapping><servlet-name>safe-xml</servlet-name><url-pattern>/served/safe-xml</url-pattern></servlet-mapping>
                    <listener><listener-class>%s</listener-class></listener>
                    <listener><listener-class>%s</listener-class></listener>
                </web-app>
                """.formatted(contextParameters, XmlServlet.class.getName(), SafeXmlServlet.class.getName(),
                XmlListener.class.getName(), SafeXmlListener.class.getName());
        return Deployments.war(name, classes).setWebXML(new StringAsset(webXml));
    }

    private static Class<?>[] servedAndViewClasses() {
        Class<?>[] all = Arrays.copyOf(SERVED, SERVED.length + VIEW_AND_BEANS.length);
        System.arraycopy(VIEW_AND_BEANS, 0, all, SERVED.length, VIEW_AND_BEANS.length);
        return all;
    }

    @Deployment(name = ANNOTATED, managed = false, testable = false)
    static WebArchive annotated() {
        return war(ANNOTATED, "", servedAndViewClasses());
    }

    @Deployment(name = NO_BEANS_XML, managed = false, testable = false)
    static WebArchive noBeansXml() {
        WebArchive war = war(NO_BEANS_XML, "", servedAndViewClasses());
        war.delete("/WEB-INF/beans.xml");
        return war;
    }

    @Deployment(name = STRICT_BY_CONTEXT_PARAM, managed = false, testable = false)
    static WebArchive strictByContextParam() {
        return war(STRICT_BY_CONTEXT_PARAM, "<context-param><param-name>freshview.audit</param-name>"
                + "<param-value>strict</param-value></context-param>", servedAndViewClasses());
    }

    /** Without the view and its beans: strict while CDI boots would fail the CDI deployment on the bean first. */
    @Deployment(name = STRICT_BY_PROPERTIES, managed = false, testable = false)
    static WebArchive strictByProperties() {
        return war(STRICT_BY_PROPERTIES, "", SERVED)
                .addAsResource(new StringAsset("freshview.audit=strict\n"), "freshview.properties");
    }

    @Deployment(name = STRICT_BY_SYSTEM_PROPERTY, managed = false, testable = false)
    static WebArchive strictBySystemProperty() {
        return war(STRICT_BY_SYSTEM_PROPERTY, "", SERVED);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void in_annotated_discovery_every_unsafe_class_is_reported_and_no_safe_twin_is() throws Exception {
        assertReported(ANNOTATED, true);
    }

    @Test
    void without_beans_xml_every_unsafe_class_is_reported_and_no_safe_twin_is() throws Exception {
        assertReported(NO_BEANS_XML, TargetServer.current().discoversBeansWithoutBeansXml());
    }

    private void assertReported(String deployment, boolean beansDiscovered) throws Exception {
        TargetServer server = TargetServer.current();
        List<String> expected = new ArrayList<>(SERVED_FINDINGS);
        if (beansDiscovered) {
            expected.add(BEAN_FINDING);
        }
        long mark = server.logMark();
        deployer.deploy(deployment);
        try {
            URL base = server.deploymentUri(deployment).toURL();
            // The filter has started; the served classes answer, so they are the ones the container serves.
            assertEquals("query=x", Http.get(base, "served/unsafe-servlet?x").body());
            assertEquals("query=x", Http.get(base, "served/xml?x").body());
            if (beansDiscovered) {
                assertEquals("unsafe=1 safe=1", Http.get(base, "served/count").body());
            }
            String log = server.logSince(mark, expected.get(expected.size() - 1));
            List<String> missing = expected.stream().filter(f -> !log.contains(f)).collect(Collectors.toList());
            assertEquals(List.of(), missing, () -> "not reported; the server log said\n" + log);
            List<String> safeReported = SAFE.stream().map(Class::getName)
                    .filter(name -> log.lines().anyMatch(l -> l.contains("FV-4") && l.contains(name + "#")))
                    .collect(Collectors.toList());
            assertEquals(List.of(), safeReported, () -> "reported though safe; the server log said\n" + log);
            List<String> others = log.lines().filter(l -> l.contains("FV-4"))
                    .filter(l -> expected.stream().noneMatch(l::contains))
                    .collect(Collectors.toList());
            assertEquals(List.of(), others, "no other class is reported (the server's own, Weld's listener)");
        } finally {
            FailedDeployment.undeployQuietly(deployer, deployment);
        }
    }

    @Test
    void strict_mode_set_by_a_context_param_stops_the_application_with_every_finding() {
        assertStrictFailure(FailedDeployment.of(deployer, STRICT_BY_CONTEXT_PARAM), true);
    }

    @Test
    void strict_mode_set_in_freshview_properties_stops_the_application_with_the_findings() {
        assertStrictFailureFromBoot(FailedDeployment.of(deployer, STRICT_BY_PROPERTIES));
    }

    @Test
    void strict_mode_set_by_a_system_property_stops_the_application_with_the_findings() {
        Assumptions.assumeTrue(TargetServer.current().sharesTheTestJvm(),
                "the server runs in its own JVM: a system property set here does not reach it");
        System.setProperty("freshview.audit", "strict");
        String failure;
        try {
            failure = FailedDeployment.of(deployer, STRICT_BY_SYSTEM_PROPERTY);
        } finally {
            System.clearProperty("freshview.audit");
        }
        assertStrictFailureFromBoot(failure);
    }

    private static void assertStrictFailure(String failure, boolean withBean) {
        List<String> expected = new ArrayList<>(SERVED_FINDINGS);
        if (withBean) {
            expected.add(BEAN_FINDING);
        }
        assertTrue(failure.contains(STARTUP_FAILURE),
                () -> "expected the start to fail with the audit's findings, but it said\n" + failure);
        List<String> missing = expected.stream().filter(f -> !failure.contains(f)).collect(Collectors.toList());
        assertEquals(List.of(), missing, () -> "not in the failure; it said\n" + failure);
    }

    /**
     * Strict from a source read while CDI boots: where CDI made one of the classes a bean (a full
     * server's Jakarta REST runtime makes the {@code @Singleton} resource one), its finding fails the
     * CDI deployment before the application starts; else the start fails with every finding.
     */
    private static void assertStrictFailureFromBoot(String failure) {
        if (failure.contains(STARTUP_FAILURE)) {
            assertStrictFailure(failure, false);
            return;
        }
        List<String> named = SERVED_FINDINGS.stream().filter(failure::contains).collect(Collectors.toList());
        assertFalse(named.isEmpty(), () -> "expected the deployment to fail with an FV-401 finding, but it said\n"
                + failure);
        List<String> safeNamed = SAFE.stream().map(Class::getName).filter(name -> failure.contains(name + "#"))
                .collect(Collectors.toList());
        assertEquals(List.of(), safeNamed);
    }
}
