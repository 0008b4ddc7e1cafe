package org.freshview.internal.audit;

/**
 * Why a class is shared, the {@link SharedClass#role()} that completes a finding's "the class is
 * ...": one wording whichever front end found the class (the CDI extension, the servlet context at
 * start-up, or the command-line audit).
 */
public final class SharedRoles {

    private SharedRoles() {
    }

    /** A servlet, however it was declared. */
    public static String servlet() {
        return "a servlet (the container keeps one instance for all requests)";
    }

    /** A filter, however it was declared. */
    public static String filter() {
        return "a filter (the container keeps one instance for all requests)";
    }

    /** A servlet listener the container keeps. */
    public static String listener() {
        return "a listener (the container keeps one instance for all requests)";
    }

    /** {@code scope} is the simple name of {@code ApplicationScoped} or {@code Singleton}. */
    public static String sharedResource(String scope) {
        return article(scope) + " @" + scope + " Jakarta REST resource (one instance for all requests)";
    }

    /** A Jakarta REST provider that is not {@code @RequestScoped}. */
    public static String provider() {
        return "a Jakarta REST provider (the runtime keeps one instance for all requests)";
    }

    /** An object an {@code Application} subclass returns from {@code getSingletons()}; {@code applicationClass} is its name. */
    public static String applicationSingleton(String applicationClass) {
        return "an object created in " + applicationClass + "#getSingletons() (the Jakarta REST runtime uses it"
                + " for all requests)";
    }

    /** A bean of {@code scope} ({@code ApplicationScoped} or {@code Singleton}) that the view {@code viewClass} injects. */
    public static String injectedBean(String scope, String viewClass) {
        return article(scope) + " @" + scope + " bean injected into the view " + viewClass + " (one instance for all requests)";
    }

    /** {@code scope} is the simple name of {@code ApplicationScoped} or {@code Singleton}. */
    public static String scopedBean(String scope) {
        return article(scope) + " @" + scope + " bean (one instance for all requests)";
    }

    /** {@code stereotype} is the simple name of {@code Controller}, {@code Service}, ... */
    public static String springSingleton(String stereotype) {
        return "a Spring @" + stereotype + " without a narrower @Scope (a singleton: one instance for all requests)";
    }

    /** A bean of a Spring XML file without a narrower scope: a Struts 2 action too, with the struts2-spring-plugin. */
    public static String springXmlSingleton(String file) {
        return "a Spring bean declared in " + file + " without scope=\"prototype\" (a singleton: one instance for all requests)";
    }

    /** A Struts 1 {@code Action}. */
    public static String strutsAction() {
        return "a Struts 1 Action (the ActionServlet keeps one instance for all requests)";
    }

    private static String article(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
