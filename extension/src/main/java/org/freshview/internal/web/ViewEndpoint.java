package org.freshview.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import org.freshview.internal.cdi.ViewBean;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One view, resolved at deployment: its bean and its handler method. */
final class ViewEndpoint {

    private static final System.Logger LOG = System.getLogger(ViewEndpoint.class.getName());

    private final Bean<Object> bean;
    private final BeanManager beanManager;
    private final Method get;

    private ViewEndpoint(Bean<Object> bean, BeanManager beanManager, Method get) {
        this.bean = bean;
        this.beanManager = beanManager;
        this.get = get;
    }

    @SuppressWarnings("unchecked")
    static ViewEndpoint of(ViewBean view, BeanManager beanManager) {
        Method get = null;
        for (AnnotatedMethod<?> method : view.type().getMethods()) {
            if (method.isAnnotationPresent(GET.class)) {
                get = method.getJavaMember();
                get.setAccessible(true);
            }
        }
        if (get == null) {
            throw new DeploymentProblems(List.of(new Diagnostic("FV-301", view.javaClass().getName(),
                    "The view has no handler method.",
                    "Annotate a public method with @GET (or another HTTP method annotation).")));
        }
        return new ViewEndpoint((Bean<Object>) view.bean(), beanManager, get);
    }

    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object result;
        try {
            result = get.invoke(currentInstance());
        } catch (InvocationTargetException e) {
            LOG.log(System.Logger.Level.ERROR, "View " + get + " failed on "
                    + request.getMethod() + " " + request.getRequestURI(), e.getCause());
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(String.valueOf(result).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * This request's instance of the view, straight from the active request context: the
     * client proxy would do the same lookup on every call, and binding needs the real object.
     */
    private Object currentInstance() {
        return beanManager.getContext(RequestScoped.class)
                .get((Contextual<Object>) bean, beanManager.createCreationalContext(bean));
    }
}
