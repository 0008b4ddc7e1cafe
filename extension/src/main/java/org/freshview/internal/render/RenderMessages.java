package org.freshview.internal.render;

import org.freshview.ViewEngine;
import org.freshview.internal.diagnostics.Diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/** The FV-6xx catalog: template names that no engine, or more than one, renders, and engines that cannot be loaded. */
public final class RenderMessages {

    private RenderMessages() {
    }

    /** The problem of rendering {@code name}, or {@code null} if one engine or a servlet path takes it. */
    public static Diagnostic problem(Engines.Resolution resolution, String name, String where) {
        if (resolution instanceof Engines.Resolution.Unclaimed) {
            return unclaimed(name, where);
        }
        if (resolution instanceof Engines.Resolution.Ambiguous ambiguous) {
            return ambiguous(name, where, ambiguous.engines());
        }
        return null;
    }

    static Diagnostic unclaimed(String name, String where) {
        return new Diagnostic("FV-601", where, "No template engine renders \"" + name + "\" and, not starting"
                + " with /, it is no JSP or servlet path.", "Add the engine module for it to the WAR (freshview-thymeleaf"
                + " for .html, freshview-jte for .jte), or give the path of a JSP starting with /.");
    }

    static Diagnostic ambiguous(String name, String where, List<ViewEngine> engines) {
        String names = engines.stream().map(e -> e.getClass().getName()).collect(Collectors.joining(", "));
        return new Diagnostic("FV-602", where, "The template engines " + names + " all claim \"" + name + "\".",
                "Remove one engine from the WAR, or make their TemplateNames claim different extensions or prefixes.");
    }

    static Diagnostic unloadableEngine(String reason) {
        return new Diagnostic("FV-603", ViewEngine.class.getName(), "A template engine listed in"
                + " META-INF/services/org.freshview.ViewEngine could not be loaded: " + reason + ".",
                "Check that the engine module's dependencies are in the WAR (see docs/template-engines.md).");
    }
}
