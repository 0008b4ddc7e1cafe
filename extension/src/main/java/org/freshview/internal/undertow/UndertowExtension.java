package org.freshview.internal.undertow;

import io.undertow.server.handlers.resource.ResourceManager;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletPathMatches;
import io.undertow.servlet.spec.ServletContextImpl;
import jakarta.servlet.ServletContext;

import java.lang.reflect.Field;

/**
 * Makes Undertow map a view's URL to the default servlet without looking in the file system.
 *
 * <p>Undertow maps a URL that no servlet mapping covers (every view's URL: views are answered by
 * a filter) to the default servlet, and for every distinct URL asks its resource manager whether
 * a directory lies there whose welcome file it should serve instead
 * ({@code ServletPathMatches.getServletHandlerByPath}): a miss in WildFly's resource cache, a file
 * system lookup, and a cache entry that evicts another. For a URL a view's template matches that
 * answer cannot matter, since the filter answers the request before the default servlet would run.
 * So this wraps the resource manager that the path mapping, and only it, consults, in
 * {@link ViewPathResources}. The path mapping took that resource manager from the deployment
 * before extensions run ({@code DeploymentManagerImpl.deploy} creates {@code DeploymentImpl},
 * then calls {@code handleDeployment}), so {@code DeploymentInfo.setResourceManager} would reach
 * the default servlet, JSPs and {@code ServletContext.getResource} instead of it; the field is
 * replaced by reflection. Where that fails (another Undertow version), nothing changes.
 */
public final class UndertowExtension implements ServletExtension {

    private static final System.Logger LOG = System.getLogger(UndertowExtension.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        if (!(servletContext instanceof ServletContextImpl undertow)) {
            return;
        }
        ServletPathMatches paths = undertow.getDeployment().getServletPaths();
        try {
            Field field = ServletPathMatches.class.getDeclaredField("resourceManager");
            field.setAccessible(true);
            if (field.get(paths) instanceof ResourceManager files && !(files instanceof ViewPathResources)) {
                field.set(paths, new ViewPathResources(files, servletContext, deploymentInfo.getWelcomePages()));
                LOG.log(System.Logger.Level.DEBUG, "Undertow maps view URLs without a file system lookup");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG,
                    "Undertow's path mapping keeps looking for a welcome file at every view URL: " + e);
        }
    }
}
