package org.freshview.jte;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.Page;
import org.freshview.TemplateNames;
import org.freshview.ViewEngine;

import java.io.IOException;

/**
 * Renders template names ending in {@code .jte} with templates that jte-maven-plugin compiled
 * into the WAR's classes at build time. A template declares the model entries it uses as typed
 * parameters, so a template that reads a member its view class does not have fails the build:
 *
 * <pre>{@code
 * @param com.example.OrderView view
 * @param org.freshview.CsrfToken csrf
 * <form method="post">
 *     <input type="hidden" name="${csrf.getName()}" value="${csrf.getValue()}">
 *     <input name="title" value="${view.getTitle()}">
 * </form>
 * }</pre>
 *
 * <p>Output is HTML ({@link ContentType#Html}): every {@code ${...}} is escaped for where it
 * stands (text or attribute). Model entries a template does not declare are ignored.
 * Precompiled templates change only with a build: {@code freshview.templates.reload} has no
 * effect here.
 */
public class JteEngine implements ViewEngine {

    /** Made by CDI or by {@code ServiceLoader}; a subclass may be a bean of its own. */
    public JteEngine() {
    }

    private TemplateEngine engine;

    @Override
    public TemplateNames templateNames() {
        return TemplateNames.endingWith(".jte");
    }

    @Override
    public void start(Setup setup) {
        engine = TemplateEngine.createPrecompiled(null, ContentType.Html, setup.servletContext().getClassLoader(),
                gg.jte.runtime.Constants.PACKAGE_NAME_PRECOMPILED);
    }

    @Override
    public void render(Page page) throws IOException, ServletException {
        HttpServletResponse response = page.response();
        response.setContentType("text/html; charset=UTF-8");
        try {
            engine.render(page.template(), page.model(), new WriterOutput(response.getWriter()));
        } catch (TemplateException e) {
            throw new ServletException("jte could not render " + page.template() + ": " + e.getMessage(), e);
        }
    }
}
