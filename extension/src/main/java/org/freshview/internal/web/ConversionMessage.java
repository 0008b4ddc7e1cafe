package org.freshview.internal.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message for a value that does not convert, in the request's language: the key
 * {@value #KEY} of the application's {@code ValidationMessages} bundle (the one Bean Validation
 * reads), where {@code {expected}} stands for what was expected ("an integer", in English);
 * {@code must be {expected}} if the application has none.
 */
final class ConversionMessage {

    static final String KEY = "org.freshview.conversion";
    private static final String DEFAULT = "must be {expected}";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader application;

    /** @param application the loader of the application's classes and resources */
    ConversionMessage(ClassLoader application) {
        this.application = application;
    }

    String text(Locale locale, String expected) {
        String template = DEFAULT;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", locale, application, NO_FALLBACK);
            if (bundle.containsKey(KEY)) {
                template = bundle.getString(KEY);
            }
        } catch (MissingResourceException e) {
            // the application has no ValidationMessages bundle: the default text
        }
        return template.replace("{expected}", expected);
    }
}
