package org.freshview.bench;

import jakarta.enterprise.util.AnnotationLiteral;
import org.freshview.View;

/** An {@link View} instance made at run time, for views registered by {@link GithubRoutes}. */
final class ViewLiteral extends AnnotationLiteral<View> implements View {

    private static final long serialVersionUID = 1L;

    private final String template;

    ViewLiteral(String template) {
        this.template = template;
    }

    @Override
    public String[] value() {
        return new String[] {template};
    }

    @Override
    public String name() {
        return "";
    }
}
