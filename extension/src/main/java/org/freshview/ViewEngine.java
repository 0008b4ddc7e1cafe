package org.freshview;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import java.io.IOException;
import java.util.Optional;

/**
 * A template engine that renders the pages views return with {@link Result#render(String)}.
 * JSP needs none: a name starting with {@code /} that no engine claims is forwarded to that
 * servlet path, as it always was. An engine claims other names by extension or prefix, and
 * renders the template with a {@link Page} (the view, the CSRF token, ...) into the response.
 *
 * <pre>{@code
 * public class MustacheEngine implements ViewEngine {
 *
 *     private MustacheFactory templates;
 *
 *     public TemplateNames templateNames() {
 *         return TemplateNames.endingWith(".mustache");
 *     }
 *
 *     public void start(Setup setup) {
 *         templates = new DefaultMustacheFactory("WEB-INF/mustache/");
 *     }
 *
 *     public void render(Page page) throws IOException {
 *         page.response().setContentType("text/html; charset=UTF-8");
 *         templates.compile(page.template()).execute(page.response().getWriter(), page.model());
 *     }
 * }
 * }</pre>
 *
 * <p>Freshview finds engines as CDI beans of this type and, for engine classes that are not
 * beans, through {@link java.util.ServiceLoader} ({@code META-INF/services/org.freshview.ViewEngine}):
 * adding {@code freshview-thymeleaf} or {@code freshview-jte} to the WAR is enough. A bean
 * replaces a service of its own class or of a superclass, so an application customises a
 * shipped engine by subclassing it as a bean. Names are resolved when the application deploys:
 * a constant name in a handler ({@code Result.render("order.html")}) that no engine claims, or
 * that two engines claim, fails the deployment (FV-601, FV-602); a name computed at run time
 * fails that request with a 500, logged once per name.
 *
 * <p>One instance renders every request: an engine must be thread-safe.
 */
public interface ViewEngine {

    /**
     * The template names this engine renders, read once at deployment.
     *
     * @return extensions and prefixes, for example {@code TemplateNames.endingWith(".html")}
     */
    TemplateNames templateNames();

    /**
     * Called once when the application starts, before the first {@link #render}: where an engine
     * reads its settings and sets up its template cache.
     *
     * @param setup the servlet context and Freshview's settings
     */
    default void start(Setup setup) {
    }

    /**
     * Renders one page into its response: sets the content type (and status, if not 200), then
     * writes the body. HTML output should escape what the model holds unless told otherwise.
     *
     * @param page the template name, the model, the request and the response
     * @throws IOException      if the response cannot be written
     * @throws ServletException for other failures; either is a 500 for the client, logged with the view's name
     */
    void render(Page page) throws IOException, ServletException;

    /** What an engine is given when the application starts. */
    interface Setup {

        /**
         * The application's servlet context, for loading templates from the WAR.
         *
         * @return the servlet context
         */
        ServletContext servletContext();

        /**
         * A Freshview setting, read from the system property, the environment variable,
         * MicroProfile Config, the context-param or {@code freshview.properties}, the first that
         * has it (see docs/configuration.md).
         *
         * @param key a key of docs/configuration.md, such as {@code freshview.thymeleaf.templates}
         * @return its value, or empty if none is set
         * @throws IllegalArgumentException if the key is not one of Freshview's settings
         */
        Optional<String> setting(String key);

        /**
         * Whether templates should be read again when they change ({@code freshview.templates.reload=true},
         * for development), rather than parsed once and cached (the default, for production).
         *
         * @return {@code true} to reload changed templates
         */
        boolean reloadTemplates();
    }
}
