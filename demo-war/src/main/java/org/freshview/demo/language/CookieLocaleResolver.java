package org.freshview.demo.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.freshview.LocaleResolver;

import java.util.Locale;

/**
 * Tells Freshview the language the user chose with the switch, so Bean Validation's messages
 * ({@code ValidationMessages_de.properties}) come in the same language as the page around them.
 */
@ApplicationScoped
public class CookieLocaleResolver implements LocaleResolver {

    @Override
    public Locale locale(HttpServletRequest request) {
        return Language.of(request).locale();
    }
}
