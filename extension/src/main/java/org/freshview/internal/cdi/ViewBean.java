package org.freshview.internal.cdi;

import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import org.freshview.View;

import java.util.List;

/** A discovered view: its annotation, its (possibly extension-modified) type and its bean. */
public record ViewBean(View view, AnnotatedType<?> type, Bean<?> bean) {

    /** The first template; see {@link #templates()}. */
    public String template() {
        return view.value().length == 0 ? "" : view.value()[0];
    }

    /** Every template the view declares ({@code @View} takes one or several). */
    public List<String> templates() {
        return List.of(view.value());
    }

    public Class<?> javaClass() {
        return type.getJavaClass();
    }
}
