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
 *
 * @param resolver          the application's resolver, or {@code Accept-Language}
 * @param conversions       the conversion message, from the application's bundles
 * @param applicationLoader the loader of the application's classes
 */
record RequestLanguage(LocaleResolver resolver, ConversionMessage conversions, ClassLoader applicationLoader) {

    static final RequestLanguage ACCEPT_LANGUAGE = new RequestLanguage(HttpServletRequest::getLocale,
            new ConversionMessage(RequestLanguage.class.getClassLoader()), RequestLanguage.class.getClassLoader());

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
