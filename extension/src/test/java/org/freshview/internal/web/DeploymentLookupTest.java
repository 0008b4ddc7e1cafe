package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.ServletContext;
import org.freshview.internal.cdi.ViewExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The filter and the start-up listener find what the extension built by the {@link Deployment}
 * interface alone: this package does not name the extension.
 */
class DeploymentLookupTest {

    @Test
    void the_web_layer_finds_the_dispatcher_the_extension_built_through_the_deployment_interface() throws Exception {
        try (WeldContainer container = new Weld().disableDiscovery().addBeanClasses(DispatcherTest.HelloView.class)
                .addExtension(new ViewExtension()).initialize()) {
            BeanManager beanManager = container.getBeanManager();
            ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> BeanManager.class.getName().equals(args[0]) ? beanManager : null;
                        case "getContextPath" -> "/app";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });

            Dispatcher found = ApplicationBeanManager.deployment(context).dispatcher();

            assertNotNull(found);
            assertSame(beanManager.getExtension(ViewExtension.class).dispatcher(), found);
        }
    }
}
