package org.freshview.bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@link RawServlet} plus one request-scoped instance ({@link EchoBean}) taken from the request
 * context exactly as Freshview's dispatcher takes a view's ({@code ViewEndpoint.instance()}):
 * this endpoint less the raw servlet is the CDI container's share of a view's request.
 */
@WebServlet("/cdi/*")
public class CdiServlet extends HttpServlet {

    private transient BeanManager beanManager;
    private transient Bean<Object> bean;

    @Override
    @SuppressWarnings("unchecked")
    public void init() {
        beanManager = CDI.current().getBeanManager();
        bean = (Bean<Object>) beanManager.resolve(beanManager.getBeans(EchoBean.class));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EchoBean echo = (EchoBean) beanManager.getContext(RequestScoped.class)
                .get((Contextual<Object>) bean, beanManager.createCreationalContext(bean));
        echo.path = Echo.lastSegment(request);
        echo.query = request.getParameter("q");
        echo.header = request.getHeader("X-Value");
        Echo.work();
        response.setContentType("text/plain; charset=UTF-8");
        response.getOutputStream().write(Echo.body(echo.path, echo.query, echo.header, echo.form)
                .getBytes(StandardCharsets.UTF_8));
    }
}
