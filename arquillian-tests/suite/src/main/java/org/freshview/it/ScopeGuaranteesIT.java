package org.freshview.it;

import org.freshview.it.scopes.Cached;
import org.freshview.it.scopes.CachedView;
import org.freshview.it.scopes.ModifiedView;
import org.freshview.it.shared.FinalView;
import org.freshview.it.shared.SharedCounterView;
import org.freshview.it.views.HelloView;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class ScopeGuaranteesIT {

    private static final String SHARED_VIEW = "shared-view";
    private static final String TWO_BROKEN_VIEWS = "two-broken-views";

    @Deployment(name = SHARED_VIEW, managed = false, testable = false)
    static WebArchive sharedView() {
        return Deployments.war(SHARED_VIEW, SharedCounterView.class);
    }

    @Deployment(name = TWO_BROKEN_VIEWS, managed = false, testable = false)
    static WebArchive twoBrokenViews() {
        return Deployments.war(TWO_BROKEN_VIEWS, SharedCounterView.class, FinalView.class, HelloView.class);
    }

    private static final String STEREOTYPE_SCOPE = "stereotype-scope";
    private static final String EXTENSION_SCOPE = "extension-scope";

    @Deployment(name = STEREOTYPE_SCOPE, managed = false, testable = false)
    static WebArchive stereotypeScope() {
        return Deployments.war(STEREOTYPE_SCOPE, Cached.class, CachedView.class);
    }

    @Deployment(name = EXTENSION_SCOPE, managed = false, testable = false)
    static WebArchive extensionScope() {
        // Added by name and as a class file: loading an Extension needs the CDI API, which the
        // test class path of a full server's module does not have.
        String extension = "org.freshview.it.scopes.SetsApplicationScope";
        String classFile = extension.replace('.', '/') + ".class";
        return Deployments.war(EXTENSION_SCOPE, ModifiedView.class)
                .addAsWebInfResource(new ClassLoaderAsset(classFile), "classes/" + classFile)
                .addAsResource(new StringAsset(extension + "\n"), "META-INF/services/jakarta.enterprise.inject.spi.Extension");
    }

    @ArquillianResource
    Deployer deployer;

    private static String fv101(Class<?> view, String source) {
        return "FV-101 " + view.getName() + ": The view is @ApplicationScoped (" + source + "), but a view must be"
                + " @RequestScoped: one instance would serve every request of every user at the same time."
                + " These instance fields would be shared: key (String).";
    }

    @Test
    void a_view_made_application_scoped_by_another_stereotype_fails_deployment_with_FV_101() {
        String failure = FailedDeployment.of(deployer, STEREOTYPE_SCOPE);

        String expected = fv101(CachedView.class, "from the stereotype @Cached");
        assertTrue(failure.contains(expected), () -> "expected the deployment failure to contain\n  " + expected
                + "\nbut it said\n" + failure);
    }

    @Test
    void a_view_made_application_scoped_by_a_portable_extension_fails_deployment_with_FV_101() {
        String failure = FailedDeployment.of(deployer, EXTENSION_SCOPE);

        String expected = fv101(ModifiedView.class, "set by a portable extension while the container booted");
        assertTrue(failure.contains(expected), () -> "expected the deployment failure to contain\n  " + expected
                + "\nbut it said\n" + failure);
    }

    @Test
    void a_view_declared_application_scoped_fails_deployment_with_the_FV_101_message() {
        String failure = FailedDeployment.of(deployer, SHARED_VIEW);

        String expected = "FV-101 " + SharedCounterView.class.getName() + ": The view is @ApplicationScoped"
                + " (declared on the class), but a view must be @RequestScoped: one instance would serve every"
                + " request of every user at the same time. These instance fields would be shared: key (String)."
                + " Remove @ApplicationScoped (a @View is @RequestScoped without any scope annotation) and keep"
                + " state that must outlive a request in a separate, thread-safe bean that the view injects.";
        assertTrue(failure.contains(expected), () -> "expected the deployment failure to contain\n  " + expected
                + "\nbut it said\n" + failure);
    }

    @Test
    void a_war_with_two_broken_views_reports_both_in_one_deployment_attempt() {
        String failure = FailedDeployment.of(deployer, TWO_BROKEN_VIEWS);

        String shared = "FV-101 " + SharedCounterView.class.getName() + ": The view is @ApplicationScoped";
        String finalClass = "FV-104 " + FinalView.class.getName() + ": The view class is final, so the container"
                + " cannot create the client proxy that a request-scoped bean needs. Remove final from the class.";
        assertTrue(failure.contains(shared) && failure.contains(finalClass), () -> "expected the deployment failure"
                + " to contain\n  " + shared + "\nand\n  " + finalClass + "\nbut it said\n" + failure);
    }
}
