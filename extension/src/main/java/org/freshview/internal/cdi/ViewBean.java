package org.freshview.internal.cdi;

import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import org.freshview.View;

/** A discovered view: its annotation, its (possibly extension-modified) type and its bean. */
public record ViewBean(View view, AnnotatedType<?> type, Bean<?> bean) {

    public String template() {
        return view.value();
    }

    public Class<?> javaClass() {
        return type.getJavaClass();
    }
}
