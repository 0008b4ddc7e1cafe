package org.freshview.thymeleaf;

import jakarta.servlet.http.HttpServletResponse;
import org.freshview.Page;
import org.freshview.TemplateNames;
import org.freshview.ViewEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.IOException;

/**
 * Renders template names ending in {@code .html} with Thymeleaf, from {@code /WEB-INF/templates/}
 * (the setting {@code freshview.thymeleaf.templates} moves it). The model's entries are the
 * template's variables: {@code ${view.title}} reads the view's {@code getTitle()}, and
 * {@code th:text} escapes it.
 *
 * <pre>{@code
 * <form method="post">
 *     <input type="hidden" th:name="${csrf.name}" th:value="${csrf.value}">
 *     <input name="title" th:value="${view.title}">
 * </form>
 * }</pre>
 *
 * <p>Templates are parsed once and cached; with {@code freshview.templates.reload=true} they are
 * read again on every render, for development. To configure Thymeleaf further (dialects, message
 * resolvers), subclass this engine as an {@code @ApplicationScoped} bean and override
 * {@link #templateEngine}; the bean replaces this service.
 */
public class ThymeleafEngine implements ViewEngine {

    /** Made by CDI or by {@code ServiceLoader}; a subclass may be a bean of its own. */
    public ThymeleafEngine() {
    }

    /** Where templates are found unless {@value #TEMPLATES_SETTING} says otherwise. */
    public static final String DEFAULT_TEMPLATES = "/WEB-INF/templates/";
    /** The setting that moves the templates' directory. */
    public static final String TEMPLATES_SETTING = "freshview.thymeleaf.templates";

    private JakartaServletWebApplication application;
    private TemplateEngine engine;

    @Override
    public TemplateNames templateNames() {
        return TemplateNames.endingWith(".html");
    }

    @Override
    public void start(Setup setup) {
        application = JakartaServletWebApplication.buildApplication(setup.servletContext());
        engine = templateEngine(templateResolver(setup));
    }

    /**
     * The resolver of templates in the WAR: HTML mode, UTF-8, cached unless reloading.
     *
     * @param setup the servlet context and settings
     * @return the resolver {@link #templateEngine} is given
     */
    protected WebApplicationTemplateResolver templateResolver(Setup setup) {
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        String directory = setup.setting(TEMPLATES_SETTING).orElse(DEFAULT_TEMPLATES);
        resolver.setPrefix(directory.endsWith("/") ? directory : directory + "/");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(!setup.reloadTemplates());
        resolver.setCheckExistence(true);
        return resolver;
    }

    /**
     * The Thymeleaf engine; override to add dialects or message resolvers.
     *
     * @param resolver the resolver of the WAR's templates
     * @return the engine every page is rendered with
     */
    protected TemplateEngine templateEngine(WebApplicationTemplateResolver resolver) {
        TemplateEngine templateEngine = new TemplateEngine();
        templateEngine.setTemplateResolver(resolver);
        return templateEngine;
    }

    @Override
    public void render(Page page) throws IOException {
        HttpServletResponse response = page.response();
        WebContext context = new WebContext(application.buildExchange(page.request(), response),
                page.request().getLocale(), page.model());
        response.setContentType("text/html; charset=UTF-8");
        engine.process(page.template(), context, response.getWriter());
    }
}
