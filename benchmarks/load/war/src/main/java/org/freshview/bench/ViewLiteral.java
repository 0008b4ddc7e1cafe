package org.freshview.bench;

import jakarta.enterprise.util.AnnotationLiteral;
import org.freshview.View;

/** An {@link View} instance made at run time, for views registered by {@link GithubRoutes}. */
final class ViewLiteral extends AnnotationLiteral<View> implements View {

    private static final long serialVersionUID = 1L;

    private final String value;

    ViewLiteral(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public String name() {
        return "";
    }
}
