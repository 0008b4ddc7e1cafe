package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.http.HttpServletRequest;
import org.freshview.LocaleResolver;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The language of a request, resolved at deployment: the application's {@link LocaleResolver}
 * bean if it has one, else {@code Accept-Language}; and the conversion message in it.
 */
final class RequestLanguage {

    static final RequestLanguage ACCEPT_LANGUAGE = new RequestLanguage(HttpServletRequest::getLocale,
            new ConversionMessage(RequestLanguage.class.getClassLoader()), RequestLanguage.class.getClassLoader());

    private final LocaleResolver resolver;
    private final ConversionMessage conversions;
    private final ClassLoader application;

    RequestLanguage(LocaleResolver resolver, ConversionMessage conversions, ClassLoader application) {
        this.resolver = resolver;
        this.conversions = conversions;
        this.application = application;
    }

    /** The loader of the application's classes. */
    ClassLoader applicationLoader() {
        return application;
    }

    /**
     * The application's choice: its {@code LocaleResolver} bean, as the container found it.
     *
     * @param application the loader of the application's {@code ValidationMessages} bundles
     */
    static RequestLanguage of(BeanManager beanManager, List<Bean<?>> resolvers, ClassLoader application) {
        LocaleResolver resolver = HttpServletRequest::getLocale;
        Set<Bean<?>> beans = new HashSet<>(resolvers);
        if (!beans.isEmpty()) {
            Bean<?> bean = beanManager.resolve(beans);
            resolver = (LocaleResolver) beanManager.getReference(bean, LocaleResolver.class,
                    beanManager.createCreationalContext(bean));
        }
        return new RequestLanguage(resolver, new ConversionMessage(application), application);
    }

    Locale locale(HttpServletRequest request) {
        Locale locale = resolver.locale(request);
        return locale != null ? locale : request.getLocale();
    }

    String conversionMessage(Locale locale, String expected) {
        return conversions.text(locale, expected);
    }
}
