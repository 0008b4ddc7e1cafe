package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import org.freshview.View;

import java.util.List;

/**
 * A discovered view: its annotation, its (possibly extension-modified) type and its bean. The CDI
 * extension finds it while the container boots and hands it to {@link Dispatcher#build}, which
 * reads it into routes; so it lives here, with its reader, and the extension depends on this
 * package, never the reverse.
 *
 * @param view the view's annotation
 * @param type the view's type as the container discovered it, after other extensions changed it
 * @param bean the view's bean
 */
public record ViewBean(View view, AnnotatedType<?> type, Bean<?> bean) {

    /** The first template; see {@link #templates()}. */
    public String template() {
        return view.value().length == 0 ? "" : view.value()[0];
    }

    /** Every template the view declares ({@code @View} takes one or several). */
    public List<String> templates() {
        return List.of(view.value());
    }

    /** The view's class. */
    public Class<?> javaClass() {
        return type.getJavaClass();
    }
}
